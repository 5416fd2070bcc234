import { staffScope, type Ctx } from './context';
import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { listScope } from '../../../shared/domain/scope';
import { DomainFailure, parseInput, unwrap } from '../errors';
import {
  actorsService,
  accountImportService,
  ImportInputError,
  resultImportService,
  unitImportService,
} from '../people';
import { JURISDICTION } from '../constants/uids';
import { criteriaImportService } from '../config';

const importBody = z.object({
  jurisdiction: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố (chữ thường, số, "-")'),
  dryRun: z.enum(['true', 'false']).default('false'),
});

/** A criteria set's import: its province (none for a national set); a spreadsheet's set fields ride along. */
const criteriaImportBody = importBody.extend({
  jurisdiction: importBody.shape.jurisdiction.optional(),
});

const resultImportBody = importBody.extend({
  year: z.coerce
    .number({ message: 'năm phải là một số' })
    .int('năm phải là một số nguyên')
    .min(2000, 'năm phải từ 2000')
    .max(2100, 'năm phải đến 2100'),
});

/** The one uploaded file of an import, as the service takes it; a refusal names the field. */
async function uploaded(ctx: Ctx, fallbackName: string, what = 'một tệp .csv hoặc .xlsx') {
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file))
    throw new DomainFailure('invalid-input', `Trường "file" không hợp lệ: cần đúng ${what}.`);
  return {
    buffer: await fs.readFile(file.filepath),
    filename: file.originalFilename ?? fallbackName,
  };
}

/** Runs an import; a file the importer cannot read is the caller's input, answered 400. */
async function importing<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (err) {
    if (err instanceof ImportInputError) throw new DomainFailure('invalid-input', err.message);
    throw err;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: Ctx) {
    const body = parseInput(importBody, ctx.request.body ?? {});
    const file = await uploaded(ctx, 'units.csv');
    ctx.body = await importing(() =>
      unitImportService(strapi).importUnits({
        ...file,
        jurisdiction: body.jurisdiction,
        dryRun: body.dryRun === 'true',
      }),
    );
  },

  /** Officers and council members of one province in bulk, each invited by e-mail to set a password. */
  async importAccounts(ctx: Ctx) {
    const body = parseInput(importBody, ctx.request.body ?? {});
    const file = await uploaded(ctx, 'accounts.csv');
    ctx.body = await importing(() =>
      accountImportService(strapi).importAccounts({
        ...file,
        jurisdiction: body.jurisdiction,
        dryRun: body.dryRun === 'true',
      }),
    );
  },

  /** A year's results of a province's units (the next year's eligibility reads them). */
  async importResults(ctx: Ctx) {
    const body = parseInput(resultImportBody, ctx.request.body ?? {});
    const file = await uploaded(ctx, 'ket-qua.csv');
    ctx.body = await importing(() =>
      resultImportService(strapi).importResults({
        ...file,
        jurisdiction: body.jurisdiction,
        year: body.year,
        dryRun: body.dryRun === 'true',
      }),
    );
  },

  /** A criteria set from a file (JSON, or CSV / XLSX with its fields), as one new version or nothing. */
  async importCriteria(ctx: Ctx) {
    const body = parseInput(criteriaImportBody, ctx.request.body ?? {});
    const file = await uploaded(ctx, 'bo-tieu-chi.json', 'một tệp .json, .csv hoặc .xlsx');
    ctx.body = await importing(() =>
      criteriaImportService(strapi).importSet(actorsService(strapi).admin(ctx.state, 'editor'), {
        ...file,
        jurisdiction: body.jurisdiction,
        form: ctx.request.body,
        dryRun: body.dryRun === 'true',
      }),
    );
  },

  async jurisdictions(ctx: Ctx) {
    const scope = unwrap(listScope(staffScope(ctx), undefined));
    const rows = await strapi.documents(JURISDICTION).findMany({
      fields: ['name', 'slug'],
      sort: 'name',
      filters: scope === 'all' ? {} : { slug: { $in: scope } },
    });
    ctx.body = { data: rows.map((j) => ({ name: String(j.name), slug: String(j.slug) })) };
  },
});
