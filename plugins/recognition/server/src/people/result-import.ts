// A year's results of a province's units in bulk ("An toàn về an ninh, trật tự" and the
// movement's classification, which the next year's eligibility reads), from CSV or XLSX, all or
// nothing with a row report. Written through the document service, so that the province-scope
// guard applies and every created or changed result is in the audit log.
import type { Core } from '@strapi/strapi';
import {
  checkResultHeader,
  validateResultRows,
  type ResultRow,
} from '../../../shared/domain/result-import';
import type { RowError } from '../../../shared/domain/unit-import';
import { importedJurisdiction, readTable } from './import-table';
import { UNIT, UNIT_RESULT } from '../constants/uids';

export type ResultImportReport = {
  ok: boolean;
  dryRun: boolean;
  year: number;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
};

const fields = (r: ResultRow) => ({
  anttSafe: r.anttSafe,
  anttDecisionRef: r.anttDecisionRef,
  classification: r.classification,
  classificationRef: r.classificationRef,
});
const same = (row: Record<string, unknown>, r: ResultRow) =>
  Object.entries(fields(r)).every(([k, v]) => (row[k] ?? null) === v);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importResults(input: {
    buffer: Buffer;
    filename: string;
    jurisdiction: string;
    year: number;
    dryRun?: boolean;
  }): Promise<ResultImportReport> {
    const report = (
      errors: RowError[],
      total: number,
      counts = { created: 0, updated: 0, unchanged: 0 },
    ) => ({
      ok: !errors.length,
      dryRun: !!input.dryRun,
      year: input.year,
      total,
      ...counts,
      errors,
    });
    const jurisdiction = await importedJurisdiction(strapi, input.jurisdiction);
    const table = await readTable(
      input.buffer,
      input.filename,
      checkResultHeader,
      validateResultRows,
    );
    if ('errors' in table) return report(table.errors, table.total);
    const { rows } = table;

    const units = new Map<string, { id: number; documentId: string }>();
    for (const u of await strapi.db.query(UNIT).findMany({
      where: {
        code: { $in: rows.map((r) => r.unitCode) },
        jurisdiction: { id: jurisdiction.id },
      },
      select: ['id', 'documentId', 'code'],
    }))
      units.set(u.code, u);
    const errors: RowError[] = rows
      .filter((r) => !units.has(r.unitCode))
      .map((r) => ({
        line: r.line,
        column: 'unit_code',
        value: r.unitCode,
        reason: `không có đơn vị mã này ở ${jurisdiction.name}`,
      }));
    if (errors.length) return report(errors, rows.length);

    const existing = new Map<string, Record<string, unknown> & { documentId: string }>();
    for (const e of await strapi.db.query(UNIT_RESULT).findMany({
      where: { year: input.year, unit: { id: { $in: [...units.values()].map((u) => u.id) } } },
      populate: { unit: { select: ['code'] } },
    }))
      existing.set(e.unit.code, e);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const apply = async () => {
      for (const r of rows) {
        const have = existing.get(r.unitCode);
        if (have && same(have, r)) counts.unchanged++;
        else if (have) {
          counts.updated++;
          if (!input.dryRun)
            await strapi
              .documents(UNIT_RESULT)
              .update({ documentId: have.documentId, data: fields(r) as never });
        } else {
          counts.created++;
          if (!input.dryRun)
            await strapi.documents(UNIT_RESULT).create({
              data: {
                unit: units.get(r.unitCode)!.documentId,
                year: input.year,
                ...fields(r),
              } as never,
            });
        }
      }
    };
    // All or nothing: one transaction, rolled back by any refusal (another province's unit, a guard).
    if (input.dryRun) await apply();
    else await strapi.db.transaction(apply);
    return report([], rows.length, counts);
  },
});
