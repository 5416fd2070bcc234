// What the portal reads: the criteria a registration is judged by, its timeline, and the council
// member's units under appraisal with their dossiers. Each answer is scoped through the workflow's
// own check (own unit; own council), and carries `allowedEvents` where there is something to do.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { conflictedMembers } from '../../../shared/domain/council';
import { scoreAssessment, type Marks } from '../../../shared/domain/scoring';
import { actionLabel, appraisalStates, stateLabel } from '../../../shared/domain/states';
import type { Actor } from '../../../shared/domain/workflow';
import { allowedFor, registrationListRow, type Registration } from '../workflow';
import { pageWindow, type PageAsk } from '../pagination';
import { clockService } from '../config';
import { readModelsService } from './';
import type { CouncilActor } from '../people';
import { filesOf, registrationHead } from './read-models';
import { AUDIT_EVENT, COUNCIL, COUNCIL_SCORE, REGISTRATION } from '../constants/uids';
import { instant, parseRows } from '../rows';

/** A step of a registration's trail, as its timeline words it: only the state it left and who. */
const stateOf = z.looseObject({ state: z.unknown(), onBehalf: z.unknown() });
const stepRow = z.object({
  seq: z.number(),
  at: instant,
  action: z.string(),
  actorRole: z.string().nullish(),
  before: stateOf.nullish(),
  after: stateOf.nullish(),
});

const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase('vi-VN') + s.slice(1) : s);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => clockService(strapi).now();
  const load = (actor: Actor, id: string) => readModelsService(strapi).loadInScope(actor, id);

  return {
    /** The criteria set exactly as the registration will be judged by it. */
    async criteria(actor: Actor, documentId: string) {
      const reg = await load(actor, documentId);
      const set = reg.criteriaSet as Registration['criteriaSet'] & {
        title?: string;
        groups: { criteria: { evidenceGuidance?: string | null }[] }[];
      };
      return {
        code: set.code,
        version: set.version,
        name: set.title ?? set.code,
        threshold: set.threshold
          ? {
              minTotal: set.threshold.minTotal == null ? null : Number(set.threshold.minTotal),
              requireAllKnockOutsPassed: !!set.threshold.requireAllKnockOutsPassed,
              requireAllMandatoryMet: !!set.threshold.requireAllMandatoryMet,
            }
          : null,
        groups: set.groups.map((g) => ({
          code: g.code,
          title: g.title,
          criteria: g.criteria.map((c) => ({
            code: c.code,
            title: c.title,
            scoring: c.scoring,
            maxPoints: c.maxPoints == null ? null : Number(c.maxPoints),
            mandatory: !!c.mandatory,
            knockOut: !!c.knockOut,
            evidenceRequired: !!c.evidenceRequired,
            evidenceGuidance: c.evidenceGuidance ?? null,
            subItems: (c.subItems ?? []).map((i) => ({
              code: i.code,
              title: i.title,
              maxPoints: i.maxPoints == null ? null : Number(i.maxPoints),
            })),
          })),
        })),
      };
    },

    /** The registration's events, oldest first, in words. */
    async timeline(actor: Actor, documentId: string) {
      const reg = await load(actor, documentId);
      const events = parseRows(
        stepRow,
        await strapi.db.query(AUDIT_EVENT).findMany({
          // A council member's draft saves are their working notes, not steps of the dossier.
          where: { subjectId: reg.documentId, action: { $ne: 'council-score.draft' } },
          orderBy: { seq: 'asc' },
          select: ['seq', 'at', 'action', 'actorRole', 'before', 'after'],
        }),
      );
      return events.map((e) => ({
        seq: e.seq,
        at: e.at,
        action: e.action,
        label:
          upperFirst(actionLabel(e.action)) +
          (e.after?.onBehalf ? ' (thư ký nhập thay đơn vị từ hồ sơ giấy)' : ''),
        onBehalf: !!e.after?.onBehalf,
        byRole: e.actorRole,
        state:
          typeof e.after?.state === 'string'
            ? {
                from: typeof e.before?.state === 'string' ? e.before.state : null,
                to: e.after.state,
                label: stateLabel(e.after.state),
              }
            : null,
      }));
    },

    /** The units under appraisal in the member's councils, with what the member may do on each. */
    /**
     * A page of the dossiers before the member's councils (newest year first): the councils they
     * sit on are found first, then only those councils' provinces and years are read, with the
     * member's own totals for the page in one query.
     */
    async councilList(actor: CouncilActor, page: PageAsk, year?: number) {
      const councils = (await strapi.db.query(COUNCIL).findMany({
        where: {
          jurisdiction: {
            slug: { $in: actor.jurisdictionSlugs.length ? actor.jurisdictionSlugs : ['-'] },
          },
          ...(year ? { year } : {}),
        },
        select: ['year', 'members'],
        populate: { jurisdiction: { select: ['slug'] } },
      })) as {
        year: number;
        members: { email: string }[] | null;
        jurisdiction: { slug: string } | null;
      }[];
      const mine = councils.filter(
        (c) => c.jurisdiction && (c.members ?? []).some((m) => m.email.toLowerCase() === actor.id),
      );
      if (!mine.length) return { items: [], total: 0 };
      const where = {
        state: { $in: appraisalStates },
        $or: mine.map((c) => ({
          year: c.year,
          unit: { jurisdiction: { slug: c.jurisdiction!.slug } },
        })),
      };
      const [found, total] = await Promise.all([
        strapi.db.query(REGISTRATION).findMany({
          where,
          select: ['documentId', 'year', 'state', 'selfTotal', 'conflicts'],
          populate: { unit: { select: ['code', 'name', 'kind', 'documentId'] } },
          orderBy: [{ year: 'desc' }, { id: 'asc' }],
          ...pageWindow(page),
        }),
        strapi.db.query(REGISTRATION).count({ where }),
      ]);
      const rows = parseRows(registrationListRow, found);
      const scores = rows.length
        ? await strapi.db.query(COUNCIL_SCORE).findMany({
            where: {
              uniqueKey: {
                $in: rows.map((r) => `${r.documentId}:${actor.id}`),
              },
            },
            select: ['uniqueKey', 'total', 'draft'],
          })
        : [];
      const myScores = new Map(
        (scores as { uniqueKey: string; total: unknown; draft: boolean }[]).map((s) => [
          s.uniqueKey,
          { total: Number(s.total), draft: Boolean(s.draft) },
        ]),
      );
      const items = rows.map((r) => ({
        documentId: r.documentId,
        year: r.year,
        state: r.state,
        stateLabel: stateLabel(r.state),
        unit: { code: r.unit.code, name: r.unit.name, kind: r.unit.kind },
        selfTotal: r.selfTotal == null ? null : Number(r.selfTotal),
        ...((m) => ({
          myTotal: m && !m.draft ? m.total : null,
          drafting: m?.draft ?? false,
        }))(myScores.get(`${r.documentId}:${actor.id}`)),
        conflicted: conflictedMembers(r.conflicts).includes(actor.id),
        allowedEvents: allowedFor(actor, r, now(), r.unit.documentId),
      }));
      return { items, total };
    },

    /** One dossier as the council reads it: parts and evidence, the unit's own scores, and the member's. */
    async councilDossier(actor: CouncilActor, documentId: string) {
      const reg = await load(actor, documentId);
      const mine = await strapi.db
        .query(COUNCIL_SCORE)
        .findOne({ where: { uniqueKey: `${reg.documentId}:${actor.id}` } });
      return {
        ...registrationHead(reg, actor, now()),
        justificationGap: reg.rules.justificationGap,
        dossierParts: reg.rules.dossierParts,
        selfMarks: reg.selfMarks ?? {},
        selfScore: scoreAssessment(reg.criteriaSet, reg.selfMarks ?? {}),
        myMarks: mine && !mine.draft ? (mine.marks as Marks) : null,
        myDraft: mine?.draft ? (mine.marks as Marks) : null,
        conflicted: conflictedMembers(reg.conflicts).includes(actor.id),
        ...filesOf(reg, `/api/recognition/council/registrations/${reg.documentId}/files`),
      };
    },
  };
};
