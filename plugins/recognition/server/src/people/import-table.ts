// Reading an imported list, whatever it holds (units, accounts, results): CSV or XLSX checked
// against the size and row limits before it is parsed, the province it is imported into, and
// rows as plain text keyed by their header.
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type RawRow, type RowError } from '../../../shared/domain/unit-import';
import { checkCsvText, checkXlsxArchive, ImportLimitError, importLimits } from '../config';
import { JURISDICTION } from '../constants/uids';

const MAX_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 100_000;

export class ImportInputError extends Error {}

/** The province an import names (its row as the query layer returns it), or the refusal naming the code. */
export async function importedJurisdiction(strapi: Core.Strapi, slug: string) {
  const jurisdiction = await strapi.db.query(JURISDICTION).findOne({ where: { slug } });
  if (!jurisdiction) throw new ImportInputError(`Không có tỉnh / thành phố với mã "${slug}".`);
  return jurisdiction;
}

/** A list file read and checked row by row: its valid rows, or every problem with the number of rows. */
export async function readTable<T>(
  buffer: Buffer,
  filename: string,
  checkHeader: (columns: string[]) => RowError[],
  validate: (rows: RawRow[]) => { rows: T[]; errors: RowError[] },
): Promise<{ rows: T[] } | { errors: RowError[]; total: number }> {
  const { columns, rows: raw } = await readRows(buffer, filename);
  const header = checkHeader(columns);
  if (header.length) return { errors: header, total: raw.length };
  const { rows, errors } = validate(raw);
  return errors.length ? { errors, total: raw.length } : { rows };
}

/** A CSV or XLSX file as a header and rows of cells (checked by content and size first). */
export async function readRows(
  buffer: Buffer,
  filename: string,
): Promise<{ columns: string[]; rows: RawRow[] }> {
  if (buffer.length > MAX_BYTES)
    throw new ImportInputError(`Tệp lớn quá ${MAX_BYTES / 1024 / 1024} MB.`);
  const lower = filename.toLowerCase();
  let table: { line: number; values: string[] }[];
  if (lower.endsWith('.xlsx')) {
    await checkXlsxArchive(buffer).catch((e) => {
      throw new ImportInputError(
        e instanceof ImportLimitError ? e.message : 'Không đọc được tệp XLSX.',
      );
    });
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new ImportInputError(
        'Không đọc được tệp XLSX (tệp hỏng hoặc không phải Excel 2007 trở lên).',
      );
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new ImportInputError('Tệp XLSX không có trang tính nào.');
    // The sheet's used range, before any row is read.
    if (ws.rowCount > MAX_ROWS + 1 || ws.columnCount > importLimits.maxColumns) {
      throw new ImportInputError(
        `Trang tính dùng ${ws.rowCount} dòng × ${ws.columnCount} cột, vượt giới hạn ${MAX_ROWS + 1} dòng × ${importLimits.maxColumns} cột.`,
      );
    }
    table = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) values.push(row.getCell(c).text ?? '');
      table.push({ line: rowNumber, values });
    });
  } else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    try {
      checkCsvText(buffer);
    } catch (e) {
      throw new ImportInputError((e as Error).message);
    }
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(buffer, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
        trim: true,
      }) as never;
    } catch (err) {
      throw new ImportInputError(`Không đọc được tệp CSV: ${(err as Error).message}`);
    }
    table = records.map((r) => ({ line: r.info.lines, values: r.record.map(String) }));
  } else {
    throw new ImportInputError('Chỉ nhận tệp .csv hoặc .xlsx.');
  }
  if (table.length === 0) throw new ImportInputError('Tệp không có dữ liệu.');
  if (table.length - 1 > MAX_ROWS) throw new ImportInputError(`Tệp có quá ${MAX_ROWS} dòng.`);
  const [header, ...body] = table;
  const columns = header.values.map((c) => c.normalize('NFC').trim().toLowerCase());
  const rows = body
    .filter((r) => r.values.some((v) => v.trim() !== ''))
    .map((r) => ({
      line: r.line,
      cells: Object.fromEntries(columns.map((c, i) => [c, r.values[i] ?? ''])),
    }));
  return { columns, rows };
}
