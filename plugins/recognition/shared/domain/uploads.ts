// What a unit may attach: the allowlist of evidence and dossier file types, decided by content
// (magic bytes, found by the service) and never by the name or the browser's claim; files whose
// first bytes a browser could take for a page are refused whatever else they are; and the size
// and count limits per file and per registration.
import { err, ok, type Result } from './errors';
import { cleanName } from './text';

export const attachmentTypes = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;
export type AttachmentExt = keyof typeof attachmentTypes;

export type UploadLimits = { maxFileBytes: number; maxRegistrationBytes: number; maxFiles: number };

const allowedList = 'PDF, JPEG, PNG, DOCX, XLSX, ODT';

/** Markers by which a browser sniffs a page or a script; none may appear in the head of an attachment. */
const pageMarkers =
  /<\s*(?:!doctype\s+html|html|head|body|script|svg|iframe|object|embed|meta|link|style|img|a\s|\?xml)|javascript:/i;

export function looksLikePage(head: Uint8Array): boolean {
  return pageMarkers.test(Buffer.from(head.subarray(0, 1024)).toString('latin1'));
}

/** The verdict on an attachment from its detected type and its first bytes. */
export function checkAttachment(
  detected: { ext: string; mime: string } | undefined,
  head: Uint8Array,
  name: string,
): Result<{ ext: AttachmentExt; mime: string }> {
  const ext = detected?.ext === 'jpeg' ? 'jpg' : detected?.ext;
  if (!ext || !(ext in attachmentTypes)) {
    return err(
      'file-type-refused',
      `Tệp "${name}" không được nhận: nội dung không phải một trong các loại ${allowedList}${detected ? ` (nội dung là ${detected.ext.toUpperCase()})` : ''}.`,
      { allowed: allowedList },
    );
  }
  if (looksLikePage(head))
    return err(
      'file-type-refused',
      `Tệp "${name}" không được nhận: phần đầu tệp chứa mã trang web (HTML/SVG/script).`,
      { allowed: allowedList },
    );
  return ok({ ext: ext as AttachmentExt, mime: attachmentTypes[ext as AttachmentExt] });
}

/**
 * What the Media Library (staff uploads: seals, signatures, pictures) keeps and serves: images and
 * PDFs, decided by content. Inline only for images; nothing a browser would run, ever.
 */
export const mediaTypes: Record<string, { mime: string; inline: boolean }> = {
  png: { mime: 'image/png', inline: true },
  jpg: { mime: 'image/jpeg', inline: true },
  jpeg: { mime: 'image/jpeg', inline: true },
  webp: { mime: 'image/webp', inline: true },
  pdf: { mime: 'application/pdf', inline: false },
};

/** The verdict on a Media Library upload from its detected type and first bytes. */
export function checkMedia(
  detected: { ext: string } | undefined,
  head: Uint8Array,
  name: string,
): Result<true> {
  if (!detected || !(detected.ext in mediaTypes)) {
    return err(
      'file-type-refused',
      `Tệp "${name}" không được nhận vào thư viện tệp: chỉ nhận ảnh PNG, JPEG, WebP và PDF${detected ? ` (nội dung là ${detected.ext.toUpperCase()})` : ''}.`,
    );
  }
  if (looksLikePage(head))
    return err(
      'file-type-refused',
      `Tệp "${name}" không được nhận: phần đầu tệp chứa mã trang web (HTML/SVG/script).`,
    );
  return ok(true);
}

/** Size and count limits for one more file on a registration that already holds `existing`. */
export function checkQuota(
  existing: { size?: number }[],
  size: number,
  limits: UploadLimits,
  name: string,
): Result<true> {
  const mb = (b: number) => `${Math.round((b / 1024 / 1024) * 10) / 10} MB`;
  if (size === 0) return err('file-type-refused', `Tệp "${name}" rỗng.`);
  if (size > limits.maxFileBytes)
    return err(
      'file-too-large',
      `Tệp "${name}" (${mb(size)}) lớn hơn mức cho phép ${mb(limits.maxFileBytes)} mỗi tệp.`,
    );
  if (existing.length + 1 > limits.maxFiles)
    return err(
      'file-too-large',
      `Hồ sơ đã có ${existing.length} tệp, tối đa ${limits.maxFiles} tệp.`,
    );
  const used = existing.reduce((s, f) => s + (f.size ?? 0), 0);
  if (used + size > limits.maxRegistrationBytes)
    return err(
      'file-too-large',
      `Tổng dung lượng tệp của hồ sơ sẽ là ${mb(used + size)}, vượt mức ${mb(limits.maxRegistrationBytes)}.`,
    );
  return ok(true);
}

/** A name safe to show and to send in Content-Disposition: clean, short, with the extension of its real type. */
export function safeFileName(name: string, ext: AttachmentExt): string {
  const base = cleanName(name.replace(/[\\/]/g, ' ').replace(/\.[A-Za-z0-9]{1,5}$/, ''))
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f"<>:|?*]/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'tep'}.${ext}`;
}
