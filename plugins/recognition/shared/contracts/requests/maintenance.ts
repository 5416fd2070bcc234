// The inputs of the title reviews: opening one on a unit's title (the year of the finding, why)
// and closing it (kept, or revoked by a decision already issued), with a note each time.
import { z } from 'zod';
import { reviewReasons } from '../../domain/title-review';

const note = z.string().trim().max(2000, 'tối đa 2.000 ký tự');

export const openReviewBody = z.object({
  jurisdiction: z.string().min(1, 'chọn tỉnh / thành phố').max(60),
  unit: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'là mã đơn vị, ví dụ "19815"'),
  year: z.coerce.number().int().min(2020, 'năm từ 2020').max(2100, 'năm đến 2100'),
  reason: z.enum(reviewReasons, {
    message: 'là "safety_lost" (mất danh hiệu An toàn về ANTT) hoặc "incident" (vụ việc)',
  }),
  note: note.default(''),
});
export const closeReviewBody = z.object({
  outcome: z.enum(['kept', 'revoked'], {
    message: 'là "kept" (giữ danh hiệu) hoặc "revoked" (đã thu hồi bằng quyết định)',
  }),
  note,
});
