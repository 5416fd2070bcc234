import { describe, expect, it } from 'vitest';
import { decideReview } from '../../../../../plugins/recognition/shared/domain/title-review';

const open = {
  type: 'open' as const,
  reason: 'safety_lost' as const,
  note: '',
  title: { year: 2025, revoked: false },
  findingYear: 2026,
  anttSafe: false,
  openAlready: false,
};
const message = (r: ReturnType<typeof decideReview>) => (r.ok ? null : r.error.message);

describe("a review of a unit's title", () => {
  it('opens on a held title when the next year lost the safety rating, or on an incident written out', () => {
    expect(decideReview(null, open)).toEqual({
      ok: true,
      value: [{ type: 'review.open', reason: 'safety_lost', note: '', status: 'open' }],
    });
    expect(message(decideReview(null, { ...open, anttSafe: true }))).toMatch(/chưa ghi mất/);
    expect(message(decideReview(null, { ...open, title: null }))).toMatch(/không giữ danh hiệu/);
    expect(message(decideReview(null, { ...open, title: { year: 2025, revoked: true } }))).toMatch(
      /không giữ danh hiệu/,
    );
    expect(message(decideReview(null, { ...open, findingYear: 2025 }))).toMatch(/năm sau/);
    expect(message(decideReview(null, { ...open, openAlready: true }))).toMatch(
      /đang được xem xét/,
    );
    const incident = { ...open, reason: 'incident' as const, anttSafe: null };
    expect(message(decideReview(null, { ...incident, note: 'Cháy' }))).toMatch(/ghi rõ vụ việc/);
    expect(decideReview(null, { ...incident, note: 'Vụ trộm cắp tài sản ngày 12/3' }).ok).toBe(
      true,
    );
  });

  it('closes once: kept with a conclusion, or revoked only after the decision revoking it', () => {
    const r = { status: 'open' as const };
    const close = {
      type: 'close' as const,
      note: 'Đã khắc phục, giữ danh hiệu',
      recognitionRevoked: false,
    };
    expect(decideReview(r, { ...close, outcome: 'kept' })).toEqual({
      ok: true,
      value: [{ type: 'review.close', outcome: 'kept', note: close.note, status: 'kept' }],
    });
    expect(message(decideReview(r, { ...close, outcome: 'revoked' }))).toMatch(
      /Chưa có quyết định thu hồi/,
    );
    expect(decideReview(r, { ...close, outcome: 'revoked', recognitionRevoked: true }).ok).toBe(
      true,
    );
    expect(
      message(decideReview(r, { ...close, outcome: 'kept', recognitionRevoked: true })),
    ).toMatch(/đã bị thu hồi/);
    expect(message(decideReview(r, { ...close, outcome: 'kept', note: 'ok' }))).toMatch(/kết luận/);
    expect(message(decideReview({ status: 'kept' }, { ...close, outcome: 'kept' }))).toMatch(
      /đã kết thúc/,
    );
  });
});
