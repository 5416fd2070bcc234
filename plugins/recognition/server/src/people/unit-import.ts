// Imports a jurisdiction's units from CSV or XLSX: parse, validate every row, check against
// the database, then write all rows in one transaction, or nothing when any row is wrong.
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkCsvText, checkXlsxArchive, ImportLimitError, importLimits } from '../config';
import {
  checkHeader,
  communeKinds,
  validateUnitRows,
  type ImportRow,
  type RawRow,
  type RowError,
} from '../../../shared/domain/unit-import';
import { JURISDICTION, UNIT } from '../constants/uids';

const MAX_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 100_000;

export type ImportReport = {
  ok: boolean;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
};

export type ImportInput = {
  buffer: Buffer;
  filename: string;
  jurisdiction: string;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
};

export class ImportInputError extends Error {}

/** The province an import names (its row as the query layer returns it), or the refusal naming the code. */
export async function importedJurisdiction(strapi: Core.Strapi, slug: string) {
  const jurisdiction = await strapi.db.query(JURISDICTION).findOne({ where: { slug } });
  if (!jurisdiction) throw new ImportInputError(`Không có tỉnh / thành phố với mã "${slug}".`);
  return jurisdiction;
}

type Existing = {
  documentId: string;
  code: string;
  kind: string;
  name: string;
  formedFrom: string | null;
  active: boolean;
  jurisdiction?: { slug: string } | null;
  managingCommune?: { code: string } | null;
};

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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importUnits(input: ImportInput): Promise<ImportReport> {
    const report = (
      errors: RowError[],
      total: number,
      counts = { created: 0, updated: 0, unchanged: 0 },
    ): ImportReport => ({
      ok: errors.length === 0,
      dryRun: !!input.dryRun,
      total,
      ...counts,
      errors,
    });
    const jurisdiction = await strapi
      .documents(JURISDICTION)
      .findFirst({ filters: { slug: input.jurisdiction } });
    if (!jurisdiction)
      throw new ImportInputError(`Không có tỉnh / thành phố với mã "${input.jurisdiction}".`);

    const table = await readTable(input.buffer, input.filename, checkHeader, validateUnitRows);
    if ('errors' in table) return report(table.errors, table.total);
    const { rows } = table;

    const codes = [
      ...new Set(
        rows.flatMap((r) => [r.code, r.managingCommuneCode].filter((c): c is string => !!c)),
      ),
    ];
    const existing = new Map<string, Existing>();
    for (let i = 0; i < codes.length; i += 500) {
      const found = (await strapi.documents(UNIT).findMany({
        filters: { code: { $in: codes.slice(i, i + 500) } },
        populate: { jurisdiction: { fields: ['slug'] }, managingCommune: { fields: ['code'] } },
        limit: 500,
      })) as unknown as Existing[];
      for (const u of found) existing.set(u.code, u);
    }

    const inFile = new Map(rows.map((r) => [r.code, r]));
    const dbErrors: RowError[] = [];
    for (const r of rows) {
      const have = existing.get(r.code);
      if (have && have.jurisdiction?.slug !== input.jurisdiction) {
        dbErrors.push({
          line: r.line,
          column: 'code',
          value: r.code,
          reason: `mã đơn vị đã thuộc tỉnh / thành phố khác (${have.jurisdiction?.slug ?? 'chưa gán'})`,
        });
      }
      if (r.managingCommuneCode) {
        const target = inFile.get(r.managingCommuneCode) ?? existing.get(r.managingCommuneCode);
        const targetJurisdiction = inFile.has(r.managingCommuneCode)
          ? input.jurisdiction
          : (target as Existing | undefined)?.jurisdiction?.slug;
        if (
          !target ||
          !communeKinds.includes(target.kind as never) ||
          targetJurisdiction !== input.jurisdiction
        ) {
          dbErrors.push({
            line: r.line,
            column: 'managing_commune_code',
            value: r.managingCommuneCode,
            reason: 'không có xã, phường, đặc khu với mã này trong tỉnh / thành phố',
          });
        }
      }
    }
    if (dbErrors.length) return report(dbErrors, rows.length);

    const isSame = (r: ImportRow, u: Existing) =>
      u.kind === r.kind &&
      u.name === r.name &&
      (u.formedFrom ?? null) === r.formedFrom &&
      u.active === r.active &&
      (u.managingCommune?.code ?? null) === r.managingCommuneCode;
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const changes = rows.filter((r) => {
      const u = existing.get(r.code);
      if (u && isSame(r, u)) {
        counts.unchanged++;
        return false;
      }
      if (u) counts.updated++;
      else counts.created++;
      return true;
    });
    if (input.dryRun) return report([], rows.length, counts);

    let done = counts.unchanged;
    input.onProgress?.(done, rows.length);
    // Communes first, so that organisations in the same file can point at them.
    const ordered = [...changes].sort(
      (a, b) => Number(!communeKinds.includes(a.kind)) - Number(!communeKinds.includes(b.kind)),
    );
    await strapi.db.transaction(async () => {
      const ids = new Map<string, string>(
        [...existing.values()].map((u) => [u.code, u.documentId]),
      );
      for (const r of ordered) {
        const data = {
          kind: r.kind,
          name: r.name,
          code: r.code,
          formedFrom: r.formedFrom,
          active: r.active,
          jurisdiction: jurisdiction.documentId,
          managingCommune: r.managingCommuneCode ? (ids.get(r.managingCommuneCode) ?? null) : null,
        };
        const have = existing.get(r.code);
        if (have)
          await strapi.documents(UNIT).update({ documentId: have.documentId, data: data as never });
        else
          ids.set(
            r.code,
            (await strapi.documents(UNIT).create({ data: data as never })).documentId,
          );
        input.onProgress?.(++done, rows.length);
      }
    });
    return report([], rows.length, counts);
  },
});
