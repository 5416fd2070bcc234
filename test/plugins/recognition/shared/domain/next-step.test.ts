import { describe, expect, it } from 'vitest';
import { unitNextStep } from '../../../../../plugins/recognition/shared/domain/next-step';
import { states } from '../../../../../plugins/recognition/shared/domain/states';

describe('the unit’s next step in words', () => {
  it('names the unit’s own steps when it may take them', () => {
    expect(unitNextStep('self_assessed', ['self_assess', 'submit'])).toBe(
      'Tự chấm điểm theo bộ tiêu chí và đính kèm minh chứng; nộp hồ sơ cho tỉnh / thành phố.',
    );
  });
  it('says who holds the dossier once the unit has nothing to do, and never "follow the appraisal" after the decision', () => {
    expect(unitNextStep('proposed', [])).toBe(
      'Hồ sơ đã được đề nghị công nhận: chờ Chủ tịch Ủy ban nhân dân quyết định.',
    );
    expect(unitNextStep('recognised', [])).toMatch(/^Đơn vị đã được công nhận/);
    for (const s of states) expect(unitNextStep(s, []).length, s).toBeGreaterThan(10);
  });
});
