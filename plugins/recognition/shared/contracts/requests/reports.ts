// The inputs of the reporting routes: a tier's report sections, the police's request for a
// report, compiling the province's report on a duty, and the year a list is for.
import { z } from 'zod';
import { documentId } from './common';
import { reportRequestInput, reviewKinds, sectionsInput } from '../../domain/reports';

const jurisdiction = z.string().min(1, 'chọn tỉnh / thành phố').max(60);
const year = z.coerce.number().int().min(2020, 'năm từ 2020').max(2100, 'năm đến 2100');
const duty = z.string().min(1, 'chọn nhiệm vụ báo cáo').max(120);

/** A tier's report: its five sections (only "Kết quả thực hiện" is needed to send it). */
export const reportSectionsBody = z.object({ sections: sectionsInput });
export const tierReportParams = z.object({ key: duty, year: year.optional() });
export const reportRequestBody = reportRequestInput.extend({ jurisdiction });
export const compileReportBody = z.object({ jurisdiction, year, duty });
export const reportBoardQuery = z.object({ jurisdiction, year });
export const reportStatusQuery = z.object({
  year,
  jurisdiction: jurisdiction.optional(),
  format: z
    .enum(['json', 'xlsx', 'pdf'], {
      message: 'là "json", "xlsx" (bảng tính) hoặc "pdf" (bản tổng hợp)',
    })
    .optional(),
});
/** A review over several years (sơ kết, tổng kết); the span's own rules are the domain's (reviewInput). */
export const reviewActBody = z.object({
  jurisdiction,
  kind: z.enum(reviewKinds, { message: 'là "so_ket" (sơ kết) hoặc "tong_ket" (tổng kết)' }),
  fromYear: year,
  toYear: year,
});

const fileId = z.string().regex(/^[a-f0-9]{32}$/, 'là mã tệp (32 ký tự 0-9, a-f)');
/** A file of a tier's report: the report's key (and year) for its tier, or its id for the province. */
export const tierReportFileParams = tierReportParams.extend({ fileId });
export const reportFileParams = z.object({ id: documentId, fileId });
