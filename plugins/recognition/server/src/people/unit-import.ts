// Imports a jurisdiction's units from CSV or XLSX: parse, validate every row, check against
// the database, then write all rows in one transaction, or nothing when any row is wrong.
import type { Core } from '@strapi/strapi';
import {
  checkHeader,
  communeKinds,
  validateUnitRows,
  type ImportRow,
  type RowError,
} from '../../../shared/domain/unit-import';
import { JURISDICTION, UNIT } from '../constants/uids';
import { ImportInputError, readTable } from './import-table';

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

export { ImportInputError } from './import-table';

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
