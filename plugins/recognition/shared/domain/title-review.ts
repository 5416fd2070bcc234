// A review of a unit's title (xem xét danh hiệu): opened by the police when a holder's result of
// the next year loses "An toàn về an ninh, trật tự", or on an incident recorded against it; closed
// either by keeping the title (saying why) or by its revocation, which only a decision revoking
// the recognition makes (an act): the review records it, never revokes by itself. Pure.
import { err, ok, type Result } from './errors';

export const reviewReasons = ['safety_lost', 'incident'] as const;
export type ReviewReason = (typeof reviewReasons)[number];
export const reviewReasonLabels: Record<ReviewReason, string> = {
  safety_lost: 'Kết quả năm sau mất danh hiệu "An toàn về an ninh, trật tự"',
  incident: 'Vụ việc về an ninh, trật tự xảy ra tại đơn vị',
};
export const reviewStatuses = ['open', 'kept', 'revoked'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  open: 'Đang xem xét',
  kept: 'Giữ danh hiệu',
  revoked: 'Đã thu hồi bằng quyết định',
};

export type TitleReview = { status: ReviewStatus };

export type ReviewCommand =
  | {
      type: 'open';
      reason: ReviewReason;
      note: string;
      /** The title under review is held (not revoked), and the finding is of a later year. */
      title: { year: number; revoked: boolean } | null;
      findingYear: number;
      /** The year's result as recorded, where the reason is the safety rating lost. */
      anttSafe: boolean | null;
      /** A review of this title still open. */
      openAlready: boolean;
    }
  | { type: 'close'; outcome: 'kept' | 'revoked'; note: string; recognitionRevoked: boolean };

export type ReviewEvent =
  | { type: 'review.open'; reason: ReviewReason; note: string; status: 'open' }
  | { type: 'review.close'; outcome: 'kept' | 'revoked'; note: string; status: ReviewStatus };

const MIN_NOTE = 10;

export function decideReview(r: TitleReview | null, c: ReviewCommand): Result<ReviewEvent[]> {
  const note = c.note.trim().normalize('NFC');
  if (c.type === 'open') {
    if (!c.title || c.title.revoked)
      return err('invalid-transition', 'Đơn vị không giữ danh hiệu nào để xem xét.');
    if (c.findingYear <= c.title.year)
      return err(
        'invalid-transition',
        `Xem xét danh hiệu năm ${c.title.year} dựa trên kết quả hoặc vụ việc của năm sau.`,
      );
    if (c.openAlready) return err('invalid-transition', 'Danh hiệu này đang được xem xét.');
    if (c.reason === 'safety_lost' && c.anttSafe !== false)
      return err(
        'invalid-transition',
        `Kết quả năm ${c.findingYear} của đơn vị chưa ghi mất danh hiệu "An toàn về an ninh, trật tự".`,
      );
    if (c.reason === 'incident' && note.length < MIN_NOTE)
      return err('reason-required', `Vụ việc: ghi rõ vụ việc (ít nhất ${MIN_NOTE} ký tự).`, {
        field: 'note',
      });
    return ok([{ type: 'review.open', reason: c.reason, note, status: 'open' }]);
  }
  if (!r || r.status !== 'open')
    return err('invalid-transition', 'Việc xem xét đã kết thúc hoặc không có.');
  if (note.length < MIN_NOTE)
    return err('reason-required', `Kết luận: ghi rõ kết luận (ít nhất ${MIN_NOTE} ký tự).`, {
      field: 'note',
    });
  if (c.outcome === 'revoked' && !c.recognitionRevoked)
    return err(
      'invalid-transition',
      'Chưa có quyết định thu hồi: người phê duyệt thu hồi công nhận bằng quyết định trước, rồi mới kết thúc xem xét là "đã thu hồi".',
    );
  if (c.outcome === 'kept' && c.recognitionRevoked)
    return err('invalid-transition', 'Công nhận đã bị thu hồi: không thể kết luận giữ danh hiệu.');
  return ok([{ type: 'review.close', outcome: c.outcome, note, status: c.outcome }]);
}
