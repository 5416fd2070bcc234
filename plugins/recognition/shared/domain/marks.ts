// The seal and signature images a jurisdiction uploads for its documents: transparent PNGs of a
// sensible size. Pure: the service reads the file's facts and asks here.
import { err, ok, type Result } from './errors';

export const MARK_MAX_BYTES = 512 * 1024;

export type ImageFacts = {
  mime: string | null | undefined;
  bytes: number;
  width?: number;
  height?: number;
  hasAlpha?: boolean;
};

/** Whether an uploaded image may stand as a seal or a signature on a signed document. */
export function checkMarkImage(what: 'Hình con dấu' | 'Hình chữ ký', f: ImageFacts): Result<true> {
  if (f.mime !== 'image/png')
    return err(
      'file-type-refused',
      `${what}: chỉ nhận ảnh PNG nền trong suốt (tệp đã tải là ${f.mime ?? 'không rõ loại'}).`,
    );
  if (f.bytes > MARK_MAX_BYTES)
    return err(
      'file-too-large',
      `${what}: tệp ${Math.ceil(f.bytes / 1024)} KB, tối đa ${MARK_MAX_BYTES / 1024} KB.`,
    );
  if (!f.hasAlpha)
    return err('file-type-refused', `${what}: ảnh PNG phải có nền trong suốt (kênh alpha).`);
  if (
    !f.width ||
    !f.height ||
    f.width < 100 ||
    f.height < 50 ||
    f.width > 3000 ||
    f.height > 3000
  ) {
    return err(
      'file-type-refused',
      `${what}: kích thước ${f.width ?? '?'}×${f.height ?? '?'} điểm ảnh, cần từ 100×50 đến 3000×3000.`,
    );
  }
  return ok(true);
}
