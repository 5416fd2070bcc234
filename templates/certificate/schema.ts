// Data of a certificate (giấy chứng nhận): the unit recognised, the decision behind it, the signer.
import { z } from 'zod';
import { signature } from '../shared-schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'phải có dạng YYYY-MM-DD');

export const certificateData = z.object({
  issuer: z.object({ lines: z.array(z.string().min(1)).min(1).max(4) }),
  /** Who grants it, in caps: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ". */
  grantor: z.string().min(1).max(200),
  unit: z.object({ name: z.string().min(1).max(200) }),
  /** The title recognised, e.g. "Đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc". */
  title: z.string().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  maintained: z.boolean().default(false),
  decision: z.object({
    number: z.string().min(1).max(60),
    date: isoDate,
    issuerShort: z.string().min(1).max(200),
  }),
  place: z.string().min(1).max(100),
  issuedOn: isoDate,
  signer: z.object({
    authority: z.string().max(100).optional(),
    delegation: z.string().max(100).optional(),
    position: z.string().min(1).max(100),
    name: z.string().min(1).max(100),
  }),
  serial: z.string().regex(/^[A-Z0-9-]{6,40}$/, 'chỉ gồm chữ in hoa, số và dấu gạch, 6–40 ký tự'),
  verifyUrl: z.url(),
  /** What the QR code says: the verification URL, then "#" and the payload signed by the province's key (offline checking). */
  qrText: z.string().max(2000).optional(),
  signature,
});

export type CertificateData = z.infer<typeof certificateData>;
