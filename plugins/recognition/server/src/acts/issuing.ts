// Issuing an act and reading a register: the number planned from the year's register of the
// act's kind (typed from the committee's own register where the province keeps its numbers by
// hand), the paper drawn with it, signed with the province's key and stored once; under the
// register's lock the number is checked still free, and an act it replaces still unreplaced.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  COMMITTEE_DECISIONS,
  actIssueInput,
  actKindRules,
  checkReplaces,
  decideAct,
  planActIssue,
  refuseRole,
  sameRegister,
  type ActEvent,
  type ActKind,
} from '../../../shared/domain/act';
import { checkScope } from '../../../shared/domain/scope';
import { ACT, DECISION } from '../constants/uids';
import { yearLock } from '../decisions';
import { documentsService } from '../documents';
import { DomainFailure, unwrap } from '../errors';
import { parseRows } from '../rows';
import { lockKey } from '../utils';
import { filesService } from '../workflow';
import { recordOf, type ActKindDef, type ActRow, type StaffLike } from './acts';

type Helpers = {
  load: (actor: StaffLike, documentId: string) => Promise<ActRow>;
  record: (actor: StaffLike, a: ActRow, events: ActEvent[], at: Date) => Promise<void>;
  now: () => Date;
};

const issuedRow = z.object({
  documentId: z.string(),
  kind: z.string(),
  number: z.string().nullish(),
  sequence: z.number().nullish(),
  date: z.string().nullish(),
  title: z.string(),
  replaces: z.object({ documentId: z.string() }).nullish(),
});

export function issuing(
  strapi: Core.Strapi,
  kinds: Record<ActKind, ActKindDef>,
  { load, record, now }: Helpers,
) {
  /** The acts issued in a register's year by the province: numbers used, the last sequence. */
  async function issuedIn(jurisdictionId: number, year: number, kind: ActKind) {
    const rows = parseRows(
      issuedRow,
      await strapi.db.query(ACT).findMany({
        where: {
          jurisdiction: { id: jurisdictionId },
          year,
          kind: { $in: sameRegister(kind) },
          status: 'issued',
        },
        select: ['documentId', 'kind', 'number', 'sequence', 'date', 'title'],
      }),
    );
    // The committee's decisions of every kind share one register: the recognition decisions too.
    const decisions =
      actKindRules[kind].register === COMMITTEE_DECISIONS
        ? parseRows(
            z.object({ number: z.string().nullish(), sequence: z.number().nullish() }),
            await strapi.db.query(DECISION).findMany({
              where: { jurisdiction: { id: jurisdictionId }, year, status: 'issued' },
              select: ['number', 'sequence'],
            }),
          )
        : [];
    const all = [...rows, ...decisions];
    return {
      usedNumbers: all.flatMap((r) => (r.number ? [r.number] : [])),
      lastSequence: Math.max(0, ...all.map((r) => r.sequence ?? 0)),
    };
  }

  /** The act an act replaces, as the domain judges it: whether something replaced it already. */
  async function replacedOf(old: ActRow['replaces'], self: string) {
    if (!old) return null;
    const a = await strapi.db
      .query(ACT)
      .findOne({ where: { id: old.id }, populate: { jurisdiction: { select: ['slug'] } } });
    if (!a) return null;
    const by = await strapi.db.query(ACT).findOne({
      where: { replaces: { id: old.id }, status: 'issued', documentId: { $ne: self } },
      select: ['documentId'],
    });
    return {
      kind: a.kind,
      status: a.status,
      jurisdiction: a.jurisdiction?.slug ?? '',
      number: a.number ?? null,
      replacedBy: by?.documentId ?? null,
    };
  }

  return {
    async issue(actor: StaffLike, documentId: string, body: unknown = {}) {
      const input = actIssueInput.parse(body ?? {});
      const a = await load(actor, documentId);
      unwrap(refuseRole(a.kind, actor.role, 'issue'));
      const def = kinds[a.kind];
      const rule = actKindRules[a.kind];
      const j = a.jurisdiction;
      const suffix = def.suffix?.(j) || rule.suffix;
      const numbering: 'manual' | 'automatic' =
        rule.numbering === 'province' && j.decisionNumbering === 'manual' ? 'manual' : 'automatic';
      const at = now();
      const before = await issuedIn(j.id, a.year, a.kind);
      const context = { kind: a.kind, year: a.year, status: a.status, numbering, suffix, now: at };
      const planned = unwrap(
        planActIssue(input, { ...context, ...before, fixedDate: def.fixedDate?.(a) ?? undefined }),
      );
      if (a.replaces)
        unwrap(checkReplaces(a.kind, j.slug, await replacedOf(a.replaces, a.documentId)));
      const paper = await def.paper(a, planned);
      const documents = documentsService(strapi);
      const bytes = await documents.renderSigned(
        paper.template,
        paper.data,
        at,
        j.placeName,
        j.slug,
      );
      const sha256 = documents.sha256Of(bytes);
      const register = actKindRules[a.kind].register;
      let issuedNow = false;
      await strapi.db.transaction(async () => {
        await lockKey(
          strapi,
          register === COMMITTEE_DECISIONS
            ? yearLock(j.documentId, a.year)
            : `recognition:acts:${j.id}:${a.year}:${register}`,
        );
        const now = await issuedIn(j.id, a.year, a.kind);
        if (now.lastSequence !== before.lastSequence || now.usedNumbers.includes(planned.number))
          throw new DomainFailure(
            'number-taken',
            `Số ${planned.number} vừa được cấp cho văn bản khác; ban hành lại để nhận số tiếp theo.`,
          );
        const fresh = await load(actor, documentId);
        if (fresh.replaces)
          unwrap(checkReplaces(a.kind, j.slug, await replacedOf(fresh.replaces, a.documentId)));
        const events = unwrap(
          decideAct(recordOf(fresh), {
            type: 'issue',
            ...planned,
            sha256,
            at: at.toISOString(),
            replaces: fresh.replaces?.documentId ?? null,
          }),
        );
        if (!events.length) return;
        const stored = await filesService(strapi).storePdf(bytes, paper.filename, a.title);
        await strapi.db.query(ACT).update({
          where: { id: a.id },
          data: {
            status: 'issued',
            number: planned.number,
            sequence: planned.sequence,
            date: planned.date,
            pdf: stored.id,
            pdfSha256: sha256,
            // What the paper was drawn from, hashed into its signed metadata (reports/exchange.ts).
            paperData: paper.data,
            issuedAt: at,
            issuedBy: actor.personId ?? actor.id,
          },
        });
        await record(actor, fresh, events, at);
        issuedNow = true;
      });
      const issued = await load(actor, documentId);
      // What issuing files elsewhere (the minutes into dossiers) runs on the act as stored.
      if (issuedNow) await def.afterIssue?.(actor, issued);
      return issued;
    },

    /** A province's acts of a year (of one kind, or all), drafts and issued, with what replaced each. */
    async register(actor: StaffLike, slug: string, year: number, kind?: ActKind) {
      unwrap(checkScope(actor.scope, slug, 'Văn bản'));
      const rows = parseRows(
        issuedRow.extend({ status: z.string(), subject: z.string() }),
        await strapi.db.query(ACT).findMany({
          where: { jurisdiction: { slug }, year, ...(kind ? { kind } : {}) },
          select: [
            'documentId',
            'kind',
            'status',
            'number',
            'sequence',
            'date',
            'title',
            'subject',
          ],
          populate: { replaces: { select: ['documentId'] } },
          orderBy: [{ kind: 'asc' }, { id: 'asc' }],
        }),
      );
      const replacedBy = new Map(
        rows.flatMap((r) =>
          r.replaces && r.status === 'issued' ? [[r.replaces.documentId, r.number ?? '']] : [],
        ),
      );
      return rows.map((r) => ({
        documentId: r.documentId,
        kind: r.kind as ActKind,
        status: r.status as 'draft' | 'issued',
        title: r.title,
        subject: r.subject,
        number: r.number ?? null,
        date: r.date ?? null,
        replacedBy: replacedBy.get(r.documentId) ?? null,
      }));
    },
  };
}
