// Parts shared by the official documents' data schemas.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'phải có dạng YYYY-MM-DD');
/** A date whose day may be unknown ("2026-01-??"), as on Đồng Tháp's plan. */
export const isoDateMaybeDay = z
  .string()
  .regex(
    /^\d{4}-\d{2}-(\d{2}|\?\?)$/,
    'phải có dạng YYYY-MM-DD (hoặc YYYY-MM-?? khi chưa rõ ngày)',
  );

export const issuer = z.object({ lines: z.array(z.string().min(1).max(200)).min(1).max(4) });

export const signer = z.object({
  authority: z.string().max(100).optional(),
  delegation: z.string().max(100).optional(),
  position: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
});

/** Present when the document is digitally signed: the time shown under the signature. */
const pngDataUrl = z
  .string()
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'ảnh PNG dạng data URL');

export const signature = z
  .object({
    time: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/,
        'thời điểm ký ISO 8601 giờ Việt Nam (+07:00)',
      ),
    seal: pngDataUrl,
    hand: pngDataUrl,
    /** The marks are generated samples (the body has uploaded no seal or signature image). */
    sample: z.boolean().default(false),
  })
  .nullable()
  .default(null);

export const official = {
  issuer,
  number: z.string().min(1).max(60),
  place: z.string().min(1).max(100),
  date: isoDateMaybeDay,
  signer,
  recipients: z.array(z.string().min(1).max(300)).max(40).default([]),
  signature,
};

/** What every decision of a People's Committee states before its articles (recognition, revocation). */
export const decisionPreamble = {
  /** Who decides, in caps: "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ" or "CHỦ TỊCH ỦY BAN NHÂN DÂN ...". */
  authority: z.string().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  /** "Căn cứ ..." lines, each without its final punctuation. */
  bases: z.array(z.string().min(1)).min(1),
  proposer: z.string().min(1).max(300),
  issuerName: z.string().min(1).max(200),
  executors: z.array(z.string().min(1)).min(1),
};

/** What a decision act states before its list: its year, summary, who decides, bases, articles. */
export const decisionAct = {
  year: z.number().int().min(2000).max(2100),
  /** "Thành lập Hội đồng thẩm định ...", "Về việc tặng Bằng khen ...". */
  summary: z.string().min(1).max(300),
  /** Who decides, in caps: "GIÁM ĐỐC CÔNG AN TỈNH ĐỒNG THÁP". */
  authority: z.string().min(1).max(300),
  /** "Căn cứ ..." (and "Theo đề nghị ...") lines, each without its final punctuation. */
  bases: z.array(z.string().min(1)).min(1),
  /** Each article's sentence; the act's list follows the first. */
  articles: z.array(z.string().min(1)).min(2),
};
