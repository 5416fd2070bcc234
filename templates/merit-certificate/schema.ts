// Data of a certificate of merit (Bằng khen of the People's Committee's chair, Giấy khen of the
// police's director): who is commended, for what, by which decision, signed by the grantor.
import { z } from 'zod';
import { isoDate, signature, signer } from '../shared-schema';

export const meritCertificateData = z.object({
  issuer: z.object({ lines: z.array(z.string().min(1)).min(1).max(4) }),
  /** "BẰNG KHEN" or "GIẤY KHEN". */
  form: z.string().min(1).max(40),
  /** Who grants it, in caps: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ". */
  grantor: z.string().min(1).max(200),
  /** The collective's name, or "Ông (bà) …". */
  awardee: z.string().min(1).max(200),
  /** An individual's position and unit; none for a collective. */
  awardeeLine: z.string().max(300).nullish(),
  achievement: z.string().min(1).max(600),
  decision: z.object({
    number: z.string().min(1).max(60),
    date: isoDate,
    issuerShort: z.string().min(1).max(200),
  }),
  place: z.string().min(1).max(100),
  issuedOn: isoDate,
  signer,
  serial: z.string().regex(/^[A-Z0-9-]{6,40}$/, 'chỉ gồm chữ in hoa, số và dấu gạch, 6–40 ký tự'),
  signature,
});
export type MeritCertificateData = z.infer<typeof meritCertificateData>;
