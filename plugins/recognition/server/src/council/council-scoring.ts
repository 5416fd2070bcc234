// Council members' side of appraisal, through the workflow's decider: declaring a conflict of
// interest (which voids that member's marks) and scoring, sent or as a draft. The registration's
// council total is recomputed by the decider from the marks that count.
import type { Core } from '@strapi/strapi';
import type { RegistrationEvent } from '../../../shared/domain/registration';
import { unitDisplayName } from '../../../shared/domain/units';
import { type Registration, registrationRepository, workflowService } from '../workflow';
import { type CouncilActor, notificationsService } from '../people';
import { STAFF_PAGES } from '../constants/links';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => registrationRepository(strapi);
  const workflow = () => workflowService(strapi);

  const only = <T extends RegistrationEvent['type']>(events: RegistrationEvent[], type: T) =>
    events.find((e) => e.type === type) as Extract<RegistrationEvent, { type: T }>;

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
      const { events, registration } = await workflow().run(
        documentId,
        async (reg) => ({
          type: 'declare_conflict',
          reason,
          appraisal: await repo().appraisalOf(reg),
        }),
        actor,
      );
      const e = only(events, 'conflict.declare');
      return {
        conflicts: registration.conflicts?.length ?? 0,
        voidedScores: e.voidedScores,
        councilTotal: e.councilTotal,
      };
    },

    async saveCouncilScores(actor: CouncilActor, documentId: string, input: unknown) {
      const { events, registration } = await workflow().run(
        documentId,
        async (reg) => ({
          type: 'council_score',
          input,
          appraisal: await repo().appraisalOf(reg),
          own: await repo().ownScoreOf(documentId, actor.id),
        }),
        actor,
      );
      const e = only(events, 'council_score');
      if (e.readyForVote) await tellReady(registration);
      return { total: e.total, councilTotal: e.councilTotal };
    },

    /**
     * The member's marks in progress, kept on the server as they type (a reload, another device
     * or a lost tab loses nothing): every valid mark is kept and each wrong one refused on its
     * own, as for the unit's self-score. A draft weighs on no total, gate or list until sent,
     * and marks once sent are not turned back into a draft.
     */
    async saveCouncilDraft(actor: CouncilActor, documentId: string, input: unknown) {
      const { events } = await workflow().run(
        documentId,
        async (reg) => ({
          type: 'council_draft',
          input,
          appraisal: await repo().appraisalOf(reg),
          own: await repo().ownScoreOf(documentId, actor.id),
        }),
        actor,
      );
      const e = only(events, 'council-score.draft');
      return { total: e.total, saved: e.saved, refused: e.refused };
    },
  };
};
