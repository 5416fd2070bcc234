import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  type EligibilityRule,
} from '../../../../../plugins/recognition/shared/domain/eligibility';

const hue: EligibilityRule = {
  requireAnttSafe: true,
  minimumClassification: 'xuat_sac',
  clause: 'II.2',
};
const dongThap: EligibilityRule = {
  requireAnttSafe: true,
  minimumClassification: 'none',
  clause: 'II.1',
};

describe('checkEligibility', () => {
  it.each([
    [hue, { year: 2025, anttSafe: true, classification: 'xuat_sac' }, true],
    [hue, { year: 2025, anttSafe: true, classification: 'kha' }, false],
    [hue, { year: 2025, anttSafe: false, classification: 'xuat_sac' }, false],
    [dongThap, { year: 2025, anttSafe: true, classification: 'trung_binh' }, true],
    [dongThap, { year: 2025, anttSafe: false, classification: 'xuat_sac' }, false],
    [dongThap, { year: 2024, anttSafe: true, classification: 'xuat_sac' }, false],
    [{ requireAnttSafe: false, minimumClassification: 'none' }, null, true],
  ] as const)('rule %o, previous %o → %s', (rule, previous, expected) => {
    expect(checkEligibility(rule as EligibilityRule, previous as never, 2026).ok).toBe(expected);
  });

  it('names what is missing, the year, and the plan clause', () => {
    const r = checkEligibility(hue, { year: 2025, anttSafe: false, classification: 'kha' }, 2026);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons).toEqual([
        'năm 2025 chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự" (mục II.2 của kế hoạch)',
        'phong trào năm 2025 xếp loại Khá, cần từ Xuất sắc trở lên (mục II.2 của kế hoạch)',
      ]);
    }
  });

  it('refuses when the previous year has no result at all', () => {
    const r = checkEligibility(dongThap, null, 2026);
    expect(r).toEqual({
      ok: false,
      reasons: ['chưa có kết quả năm 2025 của đơn vị (mục II.1 của kế hoạch)'],
    });
  });
});
