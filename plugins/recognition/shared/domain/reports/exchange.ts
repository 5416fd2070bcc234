// A province's signed report leaving its installation as a package (the signed PDF with the data
// it was drawn from, as JSON with a published schema), and what a receiving installation checks
// before it takes one in: the PDF is the one declared, its signature intact and made with the
// key the province registered, and the data the one hashed into the signed PDF. Pure: the
// caller reads the PDF and the certificates; this names every problem in Vietnamese.
import { z } from 'zod';
import { reportRecipients } from './duties';

export const PACKAGE_FORMAT = 'dienhinh.report-package';

export const reportPackage = z.object({
  format: z.literal(PACKAGE_FORMAT, { message: `phải là "${PACKAGE_FORMAT}"` }),
  version: z.literal(1, { message: 'phiên bản gói phải là 1' }),
  province: z.object({
    slug: z.string().regex(/^[a-z0-9-]{2,60}$/, 'là mã tỉnh / thành phố, ví dụ "hue"'),
    name: z.string().min(1).max(200),
  }),
  act: z.object({
    kind: z.enum(['report', 'review']),
    subject: z.string().min(1).max(120),
    title: z.string().min(1).max(300),
    year: z.number().int().min(2020).max(2100),
    number: z.string().min(1).max(60),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    recipients: z.array(z.enum(reportRecipients)),
  }),
  /** The data the PDF was drawn from; its SHA-256 (canonical JSON) is in the PDF's signed keywords. */
  data: z.record(z.string(), z.unknown()),
  /** The signed PDF, base64. */
  pdf: z.string().min(1),
  pdfSha256: z.string().regex(/^[a-f0-9]{64}$/),
  /**
   * The province's audit chain head at sending, signed with its attestation key (a checkpoint,
   * compact JWS): the receiver keeps it, so that the province's log can later be checked against
   * a copy no one at the province can erase.
   */
  checkpoint: z
    .string()
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'là một điểm kiểm tra đã ký (JWS)')
    .max(4000)
    .optional(),
});
export type ReportPackage = z.infer<typeof reportPackage>;

export type PackageFacts = {
  pdfSha256: string;
  signature: { intact: boolean; signerSha256: string | null } | null;
  /** SHA-256 of the certificates registered for the province (none: not registered). */
  registered: string[];
  /** The data hash the signed PDF's keywords carry, if any. */
  signedDataSha256: string | null;
  dataSha256: string;
};

/** Why a package may not be taken in, or [] when it may. */
export function packageProblems(p: ReportPackage, f: PackageFacts): string[] {
  const out: string[] = [];
  if (f.pdfSha256 !== p.pdfSha256)
    out.push('Bản PDF trong gói không đúng mã băm ghi trong gói (gói đã bị sửa hoặc hỏng).');
  if (!f.signature) out.push('Bản PDF không có chữ ký số.');
  else {
    if (!f.signature.intact)
      out.push('Chữ ký số không khớp nội dung: bản PDF đã bị sửa sau khi ký.');
    if (!f.registered.length)
      out.push(
        `${p.province.name} chưa đăng ký chứng thư ký số với hệ thống này: không nhận báo cáo của một khóa chưa biết.`,
      );
    else if (!f.signature.signerSha256 || !f.registered.includes(f.signature.signerSha256))
      out.push(`Bản PDF không được ký bằng chứng thư đã đăng ký của ${p.province.name}.`);
  }
  if (f.signedDataSha256 !== f.dataSha256)
    out.push('Số liệu gửi kèm không phải số liệu của bản đã ký (đã bị sửa).');
  return out;
}
