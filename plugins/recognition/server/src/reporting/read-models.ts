// What people read about registrations: the officer's list, view and deadlines, and the
// approver's queue. Every registration carries `allowedEvents` for the asking actor, so that
// the admin and the portal show exactly the actions the machine would accept.
import type { Core } from '@strapi/strapi';
import {
  conflictedMembers,
  councilMarks,
  councilVerdict,
  countingScores,
} from '../../../shared/domain/council';
import {
  compareScores,
  criteriaOf,
  scoreAssessment,
  thresholdFailures,
} from '../../../shared/domain/scoring';
import { approvalDesk } from '../../../shared/domain/approval-desk';
import { receiptOf } from '../../../shared/domain/receipt';
import { deadlinesForYear } from '../../../shared/domain/deadlines';
import { stateLabel } from '../../../shared/domain/states';
import { submissionGaps } from '../../../shared/domain/submission';
import { familyOf } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import {
  allowedFor,
  type FileRef,
  type Registration,
  registrationRepository,
  workflowService,
} from '../workflow';
import { pageWindow, type PageAsk } from '../pagination';
import { clockService } from '../config';
import { pdfService } from '../documents';
import type { OfficerActor } from '../people';
import { DECISION, MEETING, RECOGNITION, REGISTRATION } from '../constants/uids';

/** What every view of one registration starts with: who, which year, where it stands, what the actor may do. */
export const registrationHead = (reg: Registration, actor: Actor, now: Date) => ({
  documentId: reg.documentId,
  year: reg.year,
  state: reg.state,
  allowedEvents: allowedFor(actor, reg, now, reg.unit.documentId),
  unit: { code: reg.unit.code, name: reg.unit.name, kind: reg.unit.kind },
});

/** Files as the portal lists them: name, size, type, and the route that serves them to this caller. */
export const filesOf = (reg: Registration, route: string) => ({
  dossier: Object.entries(reg.dossier ?? {}).map(([part, f]) => ({ part, ...fileView(f, route) })),
  evidence: Object.fromEntries(
    Object.entries(reg.evidence ?? {}).map(([criterion, list]) => [
      criterion,
      list.map((f) => fileView(f, route)),
    ]),
  ),
});
const fileView = (f: FileRef, route: string) => ({
  id: String(f.id),
  name: f.name,
  size: f.size ?? null,
  mime: f.mime ?? null,
  at: f.at,
  url: typeof f.id === 'string' ? `${route}/${f.id}` : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => registrationRepository(strapi);
  const now = () => clockService(strapi).now();

  async function loadInScope(actor: Actor, documentId: string): Promise<Registration> {
    const reg = await repo().load(documentId);
    await workflowService(strapi).checkScope(actor, reg);
    return reg;
  }

  function view(reg: Registration, actor: Actor) {
    return {
      ...registrationHead(reg, actor, now()),
      plan: reg.rules.planNumber,
      criteriaSet: {
        code: reg.criteriaSet.code,
        title: reg.criteriaSet.title,
        version: reg.criteriaSet.version,
      },
      selfMarks: reg.selfMarks ?? {},
      selfScore: scoreAssessment(reg.criteriaSet, reg.selfMarks ?? {}),
      councilTotal: reg.councilTotal,
      dossier: reg.dossier ?? {},
      requiredDossierParts: reg.rules.dossierParts
        .filter((p) => p.required)
        .map((p) => ({ code: p.code, label: p.label })),
      evidence: reg.evidence ?? {},
      stateLabel: stateLabel(reg.state),
      dossierParts: reg.rules.dossierParts,
      files: filesOf(reg, `/api/recognition/registrations/${reg.documentId}/files`),
      gaps: submissionGaps(
        reg.criteriaSet,
        reg.selfMarks,
        reg.rules.dossierParts,
        reg.dossier,
        reg.evidence,
      ),
      justificationGap: reg.rules.justificationGap,
      receipt: receiptOf({
        unitCode: reg.unit.code,
        unitKind: reg.unit.kind,
        year: reg.year,
        submittedAt: reg.submittedAt,
        calendar: reg.rules.calendar,
      }),
    };
  }

  return {
    loadInScope,

    async listForOfficer(actor: OfficerActor) {
      const rows = await strapi.db.query(REGISTRATION).findMany({
        where: { unit: { documentId: actor.unitId } },
        orderBy: { year: 'desc' },
        select: ['documentId', 'year', 'state', 'selfTotal', 'councilTotal'],
      });
      return rows.map(({ id: _id, ...r }: Record<string, unknown>) => ({
        ...r,
        allowedEvents: allowedFor(actor, r as { state: string; year: number }, now(), actor.unitId),
      }));
    },

    async getForOfficer(actor: Actor, documentId: string) {
      const reg = await loadInScope(actor, documentId);
      const recognition = await this.recognitionOf(reg.id);
      return { ...view(reg, actor), recognition };
    },

    /**
     * The act a unit holds for a registration: its decision, and its certificate with the page
     * that verifies it (when the plan issues one). Until its decision is issued the recognition
     * has no number, and the certificate waits for it.
     */
    async recognitionOf(registrationId: number) {
      const rec = await strapi.db.query(RECOGNITION).findOne({
        where: { registration: { id: registrationId } },
        select: ['serial', 'status', 'decisionNumber', 'decisionDate', 'certificateStatus'],
      });
      if (!rec) return null;
      const certificate =
        ['queued', 'issued'].includes(rec.certificateStatus) && rec.status !== 'revoked';
      return {
        serial: rec.serial as string,
        status: rec.status as 'recognised' | 'maintained' | 'revoked',
        decisionNumber: (rec.decisionNumber as string | null) ?? null,
        decisionDate: rec.decisionDate ? String(rec.decisionDate).slice(0, 10) : null,
        issuesCertificate: rec.certificateStatus !== 'none',
        certificate,
        verifyUrl: certificate
          ? `${pdfService(strapi).config().publicUrl.replace(/\/$/, '')}/verify/${rec.serial}`
          : null,
      };
    },

    async deadlines(actor: OfficerActor, documentId: string) {
      const reg = await loadInScope(actor, documentId);
      const family = familyOf(reg.unit.kind);
      const today = vietnamDay(now());
      const extensions = await repo().extensionsOf(reg.unit.documentId, reg.year);
      return deadlinesForYear(reg.rules.calendar, reg.year)
        .filter((d) => d.appliesTo === 'all' || d.appliesTo === family)
        .map((d) => {
          const ext = extensions.find((e) => e.kind === d.kind)?.until;
          return { ...d, extendedUntil: ext ?? null, passed: (ext ?? d.date) < today };
        });
    },

    /** A page of the units proposed in a province's year, oldest proposal first. */
    async approvalQueue(actor: Actor, jurisdiction: string, year: number, page: PageAsk) {
      const where = { year, state: 'proposed', unit: { jurisdiction: { slug: jurisdiction } } };
      const [rows, total] = await Promise.all([
        strapi.db
          .query(REGISTRATION)
          .findMany({ where, select: ['documentId'], orderBy: { id: 'asc' }, ...pageWindow(page) }),
        strapi.db.query(REGISTRATION).count({ where }),
      ]);
      // The council's meetings of the year, to link each unit to the minutes that voted on it, and
      // the year's draft decision the recognition would join.
      const meetings = (await strapi.db.query(MEETING).findMany({
        where: { council: { year, jurisdiction: { slug: jurisdiction } } },
        select: ['documentId', 'startedAt', 'votes'],
        orderBy: { startedAt: 'desc' },
      })) as { documentId: string; votes: { registration: string }[] | null }[];
      const draft = await strapi.db.query(DECISION).findOne({
        where: {
          year,
          status: 'draft',
          kind: 'recognition',
          jurisdiction: { slug: jurisdiction },
        },
        select: ['documentId'],
        orderBy: { id: 'desc' },
      });
      const out = [];
      const councilOfYear = rows.length
        ? await repo().councilOf(
            (await repo().load(rows[0].documentId)).unit.jurisdiction.documentId,
            year,
          )
        : null;
      for (const { documentId } of rows) {
        const reg = await repo().load(documentId);
        const scores = await repo().scoresOf(reg.documentId);
        const conflicted = conflictedMembers(reg.conflicts);
        const council = councilMarks(reg.criteriaSet, countingScores(scores, conflicted));
        // The verdict the proposal gate uses: with a council, its completeness and total; without, the unit's own marks.
        const gate = councilOfYear
          ? councilVerdict(reg.criteriaSet, councilOfYear.memberEmails, conflicted, scores)
          : {
              complete: true,
              gaps: [],
              total: null,
              failures: thresholdFailures(reg.criteriaSet, reg.selfMarks ?? {}),
            };
        const self = reg.selfMarks ?? {};
        const titles = new Map(criteriaOf(reg.criteriaSet).map((c) => [c.code, c.title]));
        const vote = councilOfYear
          ? await repo().lastVote(councilOfYear.id, reg.documentId, reg.voidedVotes ?? [])
          : null;
        const members = (councilOfYear?.members ?? []) as { email: string; name: string }[];
        out.push({
          documentId: reg.documentId,
          state: reg.state,
          allowedEvents: allowedFor(actor, reg, now()),
          unit: { code: reg.unit.code, name: reg.unit.name, kind: reg.unit.kind },
          selfTotal: reg.selfTotal,
          councilTotal: reg.councilTotal,
          scorers: scores.map((s) => s.member),
          // Only the criteria where the council's mark really differs from the unit's own, each
          // as its points (a criterion's sub-items summed) or its pass/fail, with the members' notes.
          deltas: compareScores(reg.criteriaSet, self, council, reg.rules.justificationGap)
            .filter(
              (d) => council[d.criterion] && (d.delta !== 0 || self[d.criterion] === undefined),
            )
            .map((d) => ({
              criterion: d.criterion,
              title: titles.get(d.criterion) ?? d.criterion,
              self: d.self,
              council: d.council,
              notes: scores.flatMap((s) =>
                s.marks?.[d.criterion]?.note?.trim() ? [s.marks[d.criterion].note!.trim()] : [],
              ),
            })),
          // The gate's verdict in words (empty: met), with what the council has not yet marked.
          verdict: {
            minTotal: reg.criteriaSet.threshold?.minTotal ?? null,
            total: gate.total,
            complete: gate.complete,
            gaps: gate.gaps,
            failures: gate.failures,
          },
          vote: vote ? { for: vote.for, against: vote.against, abstain: vote.abstain } : null,
          // Each member's marks and notes, who stood aside, the criteria without evidence.
          ...approvalDesk({
            set: reg.criteriaSet,
            selfMarks: self,
            scores,
            conflicts: reg.conflicts,
            council: members,
            evidence: reg.evidence,
          }),
          // Files are opened through the authorised route, never from /uploads.
          dossier: Object.entries(reg.dossier ?? {}).map(([part, f]) => ({
            part,
            name: f.name,
            url: `/recognition/registrations/${reg.documentId}/files/${f.id}`,
          })),
          evidence: Object.entries(reg.evidence ?? {}).flatMap(([criterion, list]) =>
            list.map((f) => ({
              criterion,
              name: f.name,
              url: `/recognition/registrations/${reg.documentId}/files/${f.id}`,
            })),
          ),
          documents: [
            {
              label: 'Báo cáo hồ sơ',
              url: `/recognition/documents/dossier-report/${reg.documentId}/pdf`,
            },
            ...meetings
              .filter((m) => (m.votes ?? []).some((v) => v.registration === reg.documentId))
              .slice(0, 1)
              .map((m) => ({
                label: 'Biên bản họp',
                url: `/recognition/documents/minutes/${m.documentId}/pdf`,
              })),
            ...(draft
              ? [
                  {
                    label: 'Dự thảo quyết định',
                    url: `/recognition/documents/decision/${draft.documentId}/pdf`,
                  },
                ]
              : []),
          ],
        });
      }
      return { items: out, total };
    },
  };
};
