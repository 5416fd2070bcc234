// The approver's queue: a page of the units proposed in a province's year, each with the desk
// (every criterion with the unit's and the council's marks, conflicts, criteria without
// evidence), the minutes that voted on it and the draft decision its recognition would join.
import type { Core } from '@strapi/strapi';
import { approvalDesk } from '../../../shared/domain/approval-desk';
import {
  conflictedMembers,
  councilMarks,
  councilVerdict,
  countingScores,
} from '../../../shared/domain/council';
import { criteriaOf, thresholdFailures } from '../../../shared/domain/scoring';
import { compareScores } from '../../../shared/domain/score-comparison';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { DECISION, MEETING, REGISTRATION } from '../constants/uids';
import { pageWindow, type PageAsk } from '../pagination';
import { allowedFor, registrationRepository } from '../workflow';

export function approvalQueueOf(strapi: Core.Strapi) {
  const repo = () => registrationRepository(strapi);
  const now = () => clockService(strapi).now();
  /** A page of the units proposed in a province's year, oldest proposal first. */
  return async function approvalQueue(
    actor: Actor,
    jurisdiction: string,
    year: number,
    page: PageAsk,
  ) {
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
          .filter((d) => council[d.criterion] && (d.delta !== 0 || self[d.criterion] === undefined))
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
  };
}
