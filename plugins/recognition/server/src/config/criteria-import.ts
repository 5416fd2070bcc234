// Importing a criteria set (Bộ tiêu chí) from a file: JSON in the published schema, or CSV / XLSX
// rows with the set's own fields given beside it. All or nothing: the whole set is checked
// first (shared/domain/criteria) and stored as one new version, never as an edit of a set
// already there (a locked one above all); a province's editors import their province's own
// sets, a national set needs editors of every province. Audited with the file's hash.
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  criteriaKinds,
  criteriaSetFile,
  readCriteriaJson,
  readCriteriaTable,
  type ImportProblem,
} from '../../../shared/domain/criteria';
import { checkActorScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { auditService } from '../audit';
import { CRITERIA_SET, JURISDICTION } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { placeOf } from '../guards';
import { lockKey } from '../utils';
import { readRows } from '../people';

import { clockService } from './';

/** The set's own fields as a form sends them beside a spreadsheet (kinds "xa,phuong"). */
export const criteriaMetaForm = z.object({
  code: z.string().max(60),
  title: z.string().max(300),
  description: z.string().max(5000).optional(),
  legalBasis: z.string().max(300),
  effectiveFrom: z.string().max(10),
  effectiveTo: z.string().max(10).optional(),
  kinds: z.string().max(200),
  minTotal: z.string().max(10).optional(),
});

export type CriteriaImportReport = {
  ok: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
  created?: {
    documentId: string | null;
    code: string;
    version: number;
    groups: number;
    criteria: number;
  };
};

/** The set's own fields from the form, as the published schema names them (checked by it next). */
const metaOf = (form: z.infer<typeof criteriaMetaForm>) => {
  const min = form.minTotal?.trim().replace(',', '.');
  return {
    code: form.code,
    title: form.title,
    description: form.description || null,
    legalBasis: form.legalBasis,
    effectiveFrom: form.effectiveFrom,
    effectiveTo: form.effectiveTo || null,
    kinds: form.kinds.split(/[,;\s]+/).filter(Boolean),
    threshold: { minTotal: min ? Number(min) : null },
  };
};

const formProblems = (error: z.ZodError): ImportProblem[] =>
  error.issues.map((i) => ({
    where: `trường "${i.path.join('.')}" của bộ tiêu chí`,
    reason: i.message,
  }));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importSet(
    actor: Actor,
    input: {
      buffer: Buffer;
      filename: string;
      jurisdiction?: string;
      form?: unknown;
      dryRun: boolean;
    },
  ): Promise<CriteriaImportReport> {
    const owner = input.jurisdiction
      ? await strapi.db.query(JURISDICTION).findOne({ where: { slug: input.jurisdiction } })
      : null;
    if (input.jurisdiction && !owner)
      throw new DomainFailure(
        'not-found',
        `Không có tỉnh / thành phố với mã "${input.jurisdiction}".`,
      );
    unwrap(
      checkActorScope(
        actor,
        placeOf(CRITERIA_SET, { jurisdiction: owner }),
        owner ? `Bộ tiêu chí của ${owner.name}` : 'Bộ tiêu chí dùng chung toàn quốc',
      ),
    );
    const read = await this.read(input.buffer, input.filename, input.form);
    const report = (problems: ImportProblem[], created?: CriteriaImportReport['created']) => ({
      ok: problems.length === 0,
      dryRun: input.dryRun,
      problems,
      ...(created ? { created } : {}),
    });
    if (!read.ok) return report(read.problems);
    const set = read.set;
    const lastVersion = async () =>
      (
        await strapi.db.query(CRITERIA_SET).findOne({
          where: {
            code: set.code,
            ...(owner
              ? { jurisdiction: { id: owner.id } }
              : { jurisdiction: { id: { $null: true } } }),
          },
          orderBy: { version: 'desc' },
          select: ['version'],
        })
      )?.version as number | undefined;
    const counts = {
      groups: set.groups.length,
      criteria: set.groups.reduce((n, g) => n + g.criteria.length, 0),
    };
    if (input.dryRun)
      return report([], {
        documentId: null,
        code: set.code,
        version: ((await lastVersion()) ?? 0) + 1,
        ...counts,
      });
    const { kinds, ...fields } = set;
    // Two imports of one code at once take the next numbers one after the other, never the same.
    const { made, latest, version } = await strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:criteria-set:${owner?.slug ?? '*'}:${set.code}`);
      const latest = await lastVersion();
      const version = (latest ?? 0) + 1;
      const made = await strapi.documents(CRITERIA_SET).create({
        data: {
          ...fields,
          version,
          isSample: false,
          ...Object.fromEntries(criteriaKinds.map((k) => [k, kinds.includes(k)])),
          jurisdiction: owner?.id ?? null,
        } as never,
      });
      return { made, latest, version };
    });
    await auditService(strapi).appendBy(
      actor,
      {
        action: 'criteria-set.import',
        subjectType: 'criteria-set',
        subjectId: made.documentId,
        jurisdiction: owner?.slug ?? null,
        before: latest ? { code: set.code, version: latest } : null,
        after: {
          code: set.code,
          version,
          ...counts,
          file: input.filename,
          sha256: crypto.createHash('sha256').update(input.buffer).digest('hex'),
        },
      },
      clockService(strapi).now(),
    );
    return report([], { documentId: made.documentId, code: set.code, version, ...counts });
  },

  /** The set a file holds, or every problem it has (nothing is written either way). */
  async read(buffer: Buffer, filename: string, form?: unknown) {
    if (filename.toLowerCase().endsWith('.json')) return readCriteriaJson(buffer.toString('utf8'));
    const form_ = criteriaMetaForm.safeParse(form ?? {});
    if (!form_.success) return { ok: false as const, problems: formProblems(form_.error) };
    const meta = criteriaSetFile.omit({ groups: true }).safeParse(metaOf(form_.data));
    if (!meta.success) return { ok: false as const, problems: formProblems(meta.error) };
    const { columns, rows } = await readRows(buffer, filename);
    return readCriteriaTable(meta.data, columns, rows);
  },
});
