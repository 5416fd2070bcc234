// What the portal's routes take: a registration's and a file's address, a year to register,
// marks, reasons, notices read.
import { z } from 'zod';
import { forecastOutcomes } from '../../domain/registration/forecast';
import { documentId, year, reason } from './common';

export const idParams = z.object({ id: documentId });
export const unitParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'là mã đơn vị, ví dụ "19815"'),
});
export const fileParams = z.object({
  id: documentId,
  // A kept file, or an issued act filed into the dossier (the council's minutes).
  fileId: z
    .string()
    .regex(
      /^(?:[a-f0-9]{32}|act-[a-z0-9]{10,40})$/,
      'là mã tệp (32 ký tự 0-9, a-f) hoặc mã văn bản đã ban hành ("act-…")',
    ),
});
export const criterionParams = z.object({
  id: documentId,
  criterion: z.string().regex(/^[A-Za-z0-9.]{1,20}$/, 'là mã tiêu chí, ví dụ "1.1"'),
});
export const partParams = z.object({
  id: documentId,
  part: z.enum(['report', 'request', 'minutes', 'registration_form', 'other'], {
    message: 'là một trong: report, request, minutes, registration_form, other',
  }),
});

export const registerBody = z.object({ year }).strict();
/** The documents a unit's officer downloads, generated from the registration, and their file names. */
export const officerDocumentFiles = {
  'registration-form': 'ban-dang-ky',
  'dossier-report': 'bao-cao-tu-cham',
  'unit-proposal': 'to-trinh-de-nghi',
} as const;
export const officerDocumentParams = z.object({
  id: documentId,
  document: z.enum(['registration-form', 'dossier-report', 'unit-proposal'], {
    message: 'là registration-form, dossier-report hoặc unit-proposal (tờ trình của đơn vị)',
  }),
});
export const selfScoresBody = z
  .object({
    marks: z.record(z.string(), z.unknown(), { message: 'là bảng điểm theo mã tiêu chí' }),
  })
  .strict();
/** A council member's marks: sent for the council (the default), or kept as their own draft while scoring. */
export const councilScoresBody = selfScoresBody
  .extend({ draft: z.boolean({ message: 'là true (lưu nháp) hoặc false (gửi điểm)' }).optional() })
  .strict();
/** The unit's expected-results report: the outcome it expects, with a note (a reason when not this year). */
export const forecastBody = z
  .object({
    outcome: z.enum(forecastOutcomes, {
      message: 'là achieve (đạt), maintain (duy trì) hoặc not_this_year (năm nay chưa đạt)',
    }),
    note: z.string().trim().max(2000, 'ghi chú dài quá 2000 ký tự').optional(),
  })
  .strict();
export const conflictBody = z.object({ reason }).strict();
export const reasonBody = z.object({ reason }).strict();
export const notificationsReadBody = z
  .object({
    ids: z
      .array(z.string().regex(/^[a-z0-9]{10,40}$/, 'là mã thông báo'))
      .max(200, 'tối đa 200 thông báo một lần')
      .optional(),
  })
  .strict();
