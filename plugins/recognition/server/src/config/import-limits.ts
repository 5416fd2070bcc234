// Limits on import files checked before a parser sees them: an XLSX is a ZIP archive whose
// declared uncompressed size and entry count are read from its central directory (nothing is
// inflated), so a small "zip bomb" is refused before ExcelJS would expand it in memory; a CSV
// must be text, not a binary file renamed.
import yauzl from 'yauzl';

export const importLimits = {
  maxUncompressedBytes: 60 * 1024 * 1024,
  maxEntries: 2_000,
  maxColumns: 64,
};

export class ImportLimitError extends Error {}

export function checkXlsxArchive(buffer: Buffer, limits = importLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip)
        return reject(
          new ImportLimitError(
            'Không đọc được tệp XLSX (tệp hỏng hoặc không phải Excel 2007 trở lên).',
          ),
        );
      let total = 0;
      let entries = 0;
      let workbook = false;
      zip.on('entry', (e: yauzl.Entry) => {
        entries++;
        total += e.uncompressedSize;
        if (e.fileName === 'xl/workbook.xml') workbook = true;
        if (entries > limits.maxEntries)
          return (
            zip.close(),
            reject(new ImportLimitError(`Tệp XLSX có quá ${limits.maxEntries} thành phần.`))
          );
        if (total > limits.maxUncompressedBytes) {
          zip.close();
          return reject(
            new ImportLimitError(
              `Tệp XLSX khi giải nén lớn hơn ${limits.maxUncompressedBytes / 1024 / 1024} MB; hãy chia nhỏ danh sách.`,
            ),
          );
        }
        zip.readEntry();
      });
      zip.on('end', () =>
        workbook
          ? resolve()
          : reject(
              new ImportLimitError('Không đọc được tệp XLSX: không có bảng tính Excel trong tệp.'),
            ),
      );
      zip.on('error', () => reject(new ImportLimitError('Không đọc được tệp XLSX (tệp hỏng).')));
      zip.readEntry();
    });
  });
}

/** A CSV is text: no NUL bytes in its head (binary files renamed .csv have them). */
export function checkCsvText(buffer: Buffer): void {
  if (buffer.subarray(0, 64 * 1024).includes(0))
    throw new ImportLimitError(
      'Tệp .csv không phải văn bản (có byte nhị phân); hãy lưu lại dưới dạng CSV UTF-8.',
    );
}
