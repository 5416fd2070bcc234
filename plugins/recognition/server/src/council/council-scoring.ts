// Council members' side of appraisal, through the workflow pipeline: declaring a conflict of
// interest (which voids that member's earlier scores) and scoring with justified gaps. The
// registration's council total is always recomputed from the scores that count.
import type { Core } from '@strapi/strapi';
import { conflictedMembers, councilVerdict } from '../../../shared/domain/council';
import {
  parseMarks,
  scoreAssessment,
  unjustifiedDeltas,
  unmarkedCriteria,
  type Marks,
} from '../../../shared/domain/scoring';
import { keepValidMarks } from '../../../shared/domain/mark-entry';
import { DomainFailure, unwrap } from '../errors';
import { type Registration, registrationRepository, workflowService } from '../workflow';
import { clockService } from '../config';
import { type CouncilActor, notificationsService } from '../people';
import { unitDisplayName } from '../../../shared/domain/units';
import { COUNCIL_SCORE } from '../constants/uids';
import { STAFF_PAGES } from '../constants/links';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => registrationRepository(strapi);
  const workflow = () => workflowService(strapi);
  const clock = () => clockService(strapi).now();

  /** The council's verdict as the proposal gate judges it: the council's members without a conflict (total null when none has scored). */
  async function verdictOf(reg: Registration, conflicted: string[]) {
    const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
    return councilVerdict(
      reg.criteriaSet,
      council?.memberEmails ?? [],
      conflicted,
      await repo().scoresOf(reg.documentId),
    );
  }
  const totalOf = async (reg: Registration, conflicted: string[]) =>
    (await verdictOf(reg, conflicted)).total;

  /** The secretariat hears when the last member's full marks make a dossier ready for the council's vote. */
  async function tellReady(reg: Registration) {
    const unit = unitDisplayName(reg.unit);
    const notifications = notificationsService(strapi);
    await notifications.send(
      await notifications.staffOf(reg.unit.jurisdiction.slug, 'dienhinh-secretariat'),
      {
        kind: 'dossier',
        title: `${unit}: hội đồng đã chấm đủ, sẵn sàng biểu quyết (năm ${reg.year})`,
        body: `Mọi thành viên hội đồng không có xung đột lợi ích đã chấm đủ các tiêu chí của hồ sơ ${unit} (${reg.unit.code}). Hồ sơ có trong mẫu ghi cuộc họp để hội đồng biểu quyết.`,
        link: `${STAFF_PAGES}/appraisal?jurisdiction=${reg.unit.jurisdiction.slug}&year=${reg.year}`,
        registration: reg.documentId,
      },
    );
  }

  return {
    async declareConflict(actor: CouncilActor, documentId: string, reason: string) {
      return workflow().apply(documentId, { type: 'declare_conflict', reason }, actor, {
        effect: async (reg) => {
          const conflicts = [
            ...(reg.conflicts ?? []).filter((c) => c.email !== actor.id),
            { email: actor.id, reason, at: clock().toISOString() },
          ];
          // A member with a conflict must not weigh on the result: their earlier scores are voided.
          const voided = (await repo().scoresOf(reg.documentId)).filter(
            (s) => s.member === actor.id,
          );
          // Sent or still a draft, the member's marks go.
          await strapi.db
            .query(COUNCIL_SCORE)
            .delete({ where: { uniqueKey: `${reg.documentId}:${actor.id}` } });
          const total = await totalOf(
            reg,
            conflicts.map((c) => c.email),
          );
          return {
            data: { conflicts, councilTotal: total },
            audit: {
              action: 'conflict.declare',
              before: voided.length ? { member: actor.id, marks: voided[0].marks } : null,
              after: { member: actor.id, reason, voidedScores: voided.length, councilTotal: total },
            },
            result: {
              conflicts: conflicts.length,
              voidedScores: voided.length,
              councilTotal: total,
            },
          };
        },
      });
    },

    async saveCouncilScores(actor: CouncilActor, documentId: string, input: unknown) {
      return workflow().apply(documentId, { type: 'council_score' }, actor, {
        effect: async (reg) => {
          const marks = unwrap(parseMarks(input, reg.criteriaSet));
          const uniqueKey = `${reg.documentId}:${actor.id}`;
          const existing = await strapi.db.query(COUNCIL_SCORE).findOne({ where: { uniqueKey } });
          const merged = { ...((existing?.marks as Marks) ?? {}), ...marks };
          const gap = reg.rules.justificationGap;
          const unjustified = unjustifiedDeltas(reg.criteriaSet, reg.selfMarks ?? {}, merged, gap);
          if (unjustified.length) {
            throw new DomainFailure(
              'justification-required',
              `Điểm thẩm định lệch quá ${gap} điểm so với điểm tự chấm ở tiêu chí ${unjustified.join(', ')}: cần ghi lý do (trường "note").`,
              { criteria: unjustified, gap },
            );
          }
          const total = scoreAssessment(reg.criteriaSet, merged).total;
          // Whether this member has marked every criterion: the secretariat's list reads it without the marks.
          const complete = unmarkedCriteria(reg.criteriaSet, merged).length === 0;
          await keep(reg, actor, existing, { marks: merged, total, complete, draft: false });
          const verdict = await verdictOf(reg, conflictedMembers(reg.conflicts));
          const councilTotal = verdict.total;
          // This member's marks completed the council's: the dossier is ready for the vote.
          const wasCounted = existing?.complete && !existing.draft;
          if (complete && !wasCounted && verdict.complete) await tellReady(reg);
          return {
            data: { councilTotal },
            audit: {
              before: { member: actor.id, marks: existing?.marks ?? null },
              after: { member: actor.id, marks: merged, total },
            },
            result: { total, councilTotal },
          };
        },
      });
    },

    /**
     * The member's marks in progress, kept on the server as they type (a reload, another device
     * or a lost tab loses nothing): every valid mark is kept and each wrong one refused on its
     * own, as for the unit's self-score. A draft weighs on no total, gate or list until sent,
     * and marks once sent are not turned back into a draft.
     */
    async saveCouncilDraft(actor: CouncilActor, documentId: string, input: unknown) {
      return workflow().apply(documentId, { type: 'council_score' }, actor, {
        effect: async (reg) => {
          const uniqueKey = `${reg.documentId}:${actor.id}`;
          const existing = await strapi.db.query(COUNCIL_SCORE).findOne({ where: { uniqueKey } });
          if (existing && !existing.draft)
            throw new DomainFailure(
              'council-scores-sent',
              'Anh/Chị đã gửi điểm thẩm định cho hồ sơ này; điểm đã gửi không lưu nháp lại được.',
            );
          const { valid, cleared, refused } = unwrap(keepValidMarks(reg.criteriaSet, input));
          const marks: Marks = { ...((existing?.marks as Marks) ?? {}), ...valid };
          for (const code of cleared) delete marks[code];
          const total = scoreAssessment(reg.criteriaSet, marks).total;
          const complete = unmarkedCriteria(reg.criteriaSet, marks).length === 0;
          await keep(reg, actor, existing, { marks, total, complete, draft: true });
          return {
            data: {},
            audit: {
              action: 'council-score.draft',
              before: { member: actor.id, marks: existing?.marks ?? null },
              after: { member: actor.id, marks, total },
            },
            result: { total, saved: [...Object.keys(valid), ...cleared], refused },
          };
        },
      });
    },
  };

  /** Writes the member's one row for this registration (created on their first save). */
  async function keep(
    reg: Registration,
    actor: CouncilActor,
    existing: { id: number } | null,
    data: { marks: Marks; total: number; complete: boolean; draft: boolean },
  ) {
    if (existing) {
      await strapi.db.query(COUNCIL_SCORE).update({ where: { id: existing.id }, data });
      return;
    }
    await strapi.db.query(COUNCIL_SCORE).create({
      data: {
        ...data,
        registration: reg.id,
        memberEmail: actor.id,
        uniqueKey: `${reg.documentId}:${actor.id}`,
      },
    });
  }
};
