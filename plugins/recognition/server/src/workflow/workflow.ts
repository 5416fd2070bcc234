// The one apply pipeline of a unit's year, and the only writer of a registration's state: load
// the registration, check the actor's scope, build the context, ask applyEvent, perform the
// event's effect, persist, append the audit event, all in one transaction.
import type { Core } from '@strapi/strapi';
import {
  conflictedMembers,
  councilVerdict,
  type MemberScore,
} from '../../../shared/domain/council';
import { eventDeadlines, type DeadlineKind } from '../../../shared/domain/deadlines';
import { checkEligibility } from '../../../shared/domain/eligibility';
import { submissionGaps } from '../../../shared/domain/submission';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { scoreAssessment, thresholdFailures, type Marks } from '../../../shared/domain/scoring';
import { keepValidMarks } from '../../../shared/domain/mark-entry';
import { appraisalStates, type EventType, type State } from '../../../shared/domain/states';
import {
  actsOnBehalf,
  applyEvent,
  type Actor,
  type WorkflowContext,
  type WorkflowEvent,
} from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { type Registration } from './registrations';
import { lockKey } from '../utils';
import { clockService, criteriaSetsService } from '../config';
import { registrationRepository } from './';
import { auditService } from '../audit';
import {
  type CouncilActor,
  notificationsService,
  type OfficerActor,
  type StaffActor,
} from '../people';
import { checkScope as scopeCheck } from '../../../shared/domain/scope';
import { MEETING, RECOGNITION, REGISTRATION, UNIT, UNIT_RESULT } from '../constants/uids';

const deadlineKinds: Partial<Record<EventType, readonly DeadlineKind[]>> = eventDeadlines;

export type Effect<T> = {
  data?: Record<string, unknown>;
  audit?: { action?: string; before?: unknown; after?: unknown };
  result?: T;
};
export type Step<T> = {
  /** Runs after the machine has accepted the event, inside the transaction. */
  effect?: (reg: Registration, next: State) => Promise<Effect<T> | void>;
  /** The event is checked as a step of the year but does not move the state (files of a self-assessment). */
  keepState?: boolean;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);

  /** An officer acts on their own unit only; a council member on their own council's dossiers only. */
  async function checkScope(actor: Actor, reg: Pick<Registration, 'unit' | 'year' | 'state'>) {
    if ('scope' in actor)
      unwrap(
        scopeCheck(
          (actor as StaffActor).scope,
          reg.unit.jurisdiction?.slug,
          `Hồ sơ của ${reg.unit.name}`,
        ),
      );
    if (actor.role === 'unit_officer' && reg.unit.documentId !== actor.unitId) {
      throw new DomainFailure(
        'not-own-unit',
        'Cán bộ đơn vị chỉ xem và thao tác trên hồ sơ của đơn vị mình.',
      );
    }
    if (actor.role === 'council_member') {
      const slugs = (actor as CouncilActor).jurisdictionSlugs ?? [];
      if (!slugs.includes(reg.unit.jurisdiction.slug))
        throw new DomainFailure(
          'not-member',
          'Thành viên hội đồng chỉ làm việc với hồ sơ của tỉnh / thành phố mình.',
        );
      const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
      if (!council?.memberEmails.includes(actor.id))
        throw new DomainFailure(
          'not-member',
          `Tài khoản không có trong hội đồng thẩm định năm ${reg.year}.`,
        );
      // A dossier reaches the council when the secretariat puts it under appraisal, not before.
      if (!appraisalStates.includes(reg.state))
        throw new DomainFailure('not-found', 'Hồ sơ chưa được đưa ra thẩm định.');
    }
  }

  /** The facts the machine needs for this event, and only those. */
  async function contextFor(
    reg: Registration,
    event: WorkflowEvent,
    actor: Actor,
  ): Promise<WorkflowContext> {
    const ctx: WorkflowContext = {
      now: clock(),
      actor,
      unitId: reg.unit.documentId,
      year: reg.year,
      deadline: await repo().deadlineFor(
        reg.unit,
        reg.rules,
        reg.year,
        deadlineKinds[event.type] ?? [],
      ),
      conflictedUserIds: conflictedMembers(reg.conflicts),
    };
    if (event.type === 'submit') {
      const gaps = submissionGaps(
        reg.criteriaSet,
        reg.selfMarks,
        reg.rules.dossierParts,
        reg.dossier,
        reg.evidence,
      );
      ctx.missingSelfScores = gaps.missingSelfScores;
      ctx.missingDossierParts = gaps.missingDossierParts.map((p) => p.label);
      ctx.missingEvidence = gaps.missingEvidence;
    }
    if (
      event.type === 'council_score' ||
      event.type === 'declare_conflict' ||
      event.type === 'reopen_scoring'
    ) {
      const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
      ctx.voteRecorded =
        !!council && !!(await repo().lastVote(council.id, reg.documentId, reg.voidedVotes ?? []));
    }
    if (event.type === 'propose')
      Object.assign(ctx, await proposalFacts(reg, await repo().scoresOf(reg.documentId)));
    if (event.type === 'recognise') {
      ctx.priorDuties = await repo().priorDutiesOf(reg);
      const earlier = await strapi.db.query(RECOGNITION).findOne({
        where: {
          unit: { documentId: reg.unit.documentId },
          year: { $lt: reg.year },
          status: { $ne: 'revoked' },
        },
      });
      ctx.previouslyRecognised = !!earlier;
    }
    return ctx;
  }

  async function proposalFacts(
    reg: Registration,
    scores: MemberScore[],
  ): Promise<Partial<WorkflowContext>> {
    const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
    // Judged on the council's verdict (every member's full marks, the total shown), or on the unit's own without a council.
    const verdict = council
      ? councilVerdict(
          reg.criteriaSet,
          council.memberEmails,
          conflictedMembers(reg.conflicts),
          scores,
        )
      : null;
    return {
      councilRequired: reg.rules.usesCouncil || !!council,
      councilGaps: verdict?.gaps ?? [],
      vote: council
        ? await repo().lastVote(council.id, reg.documentId, reg.voidedVotes ?? [])
        : null,
      thresholdFailures: verdict
        ? verdict.failures
        : thresholdFailures(reg.criteriaSet, reg.selfMarks ?? {}),
    };
  }

  /** A unit's step taken by the secretariat says so in the audit log: done on the unit's behalf. */
  const onBehalf = (actor: Actor, event: EventType, after: unknown) =>
    actsOnBehalf(actor, event) ? { ...(after as object), onBehalf: true } : after;

  async function audit(
    actor: Actor,
    action: string,
    reg: { documentId: string; unit: { code: string; jurisdiction?: { slug: string } | null } },
    before: unknown,
    after: unknown,
  ) {
    await auditService(strapi).appendBy(
      actor,
      {
        action,
        subjectType: 'registration',
        subjectId: reg.documentId,
        unitCode: reg.unit.code,
        jurisdiction: reg.unit.jurisdiction?.slug ?? null,
        before,
        after,
      },
      clock(),
    );
  }

  /** The pipeline for a registration already loaded and locked in the caller's transaction. */
  async function applyTo<T = { state: State }>(
    reg: Registration,
    event: WorkflowEvent,
    actor: Actor,
    step: Step<T> = {},
  ): Promise<T> {
    await checkScope(actor, reg);
    const next = unwrap(applyEvent(reg.state, event, await contextFor(reg, event, actor)));
    const effect = (await step.effect?.(reg, next)) ?? {};
    const data = { ...(effect.data ?? {}), ...(step.keepState ? {} : { state: next }) };
    // updateMany: one UPDATE, without the lookup before and the re-read after of update() (the
    // step's data are the registration's own fields, never a relation).
    if (Object.keys(data).length)
      await strapi.db.query(REGISTRATION).updateMany({ where: { id: reg.id }, data });
    await audit(
      actor,
      effect.audit?.action ?? event.type,
      reg,
      effect.audit?.before ?? { state: reg.state },
      onBehalf(actor, event.type, effect.audit?.after ?? { state: next }),
    );
    await notificationsService(strapi).afterStep(
      reg,
      actor,
      reg.state,
      step.keepState ? reg.state : next,
      (event as { reason?: string }).reason,
    );
    return (effect.result ?? { state: next }) as T;
  }

  /** One event on one registration, in its own transaction. */
  async function apply<T = { state: State }>(
    documentId: string,
    event: WorkflowEvent,
    actor: Actor,
    step: Step<T> = {},
  ): Promise<T> {
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:registration:${documentId}`);
      return applyTo(await repo().load(documentId), event, actor, step);
    });
  }

  return {
    apply,
    applyTo,
    checkScope,

    /** Registers a unit for a year (the officer's own, or one the secretariat registers for it), binding it to the rules of the plan published now. */
    async register(
      actor: OfficerActor | StaffActor,
      year: number,
      unitId: string = (actor as OfficerActor).unitId,
    ) {
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:register:${unitId}:${year}`);
        const unit = (await strapi
          .documents(UNIT)
          .findOne({ documentId: unitId, populate: { jurisdiction: true } })) as any;
        if (!unit) throw new DomainFailure('not-found', 'Không có đơn vị này.');
        if ('scope' in actor)
          unwrap(scopeCheck(actor.scope, unit.jurisdiction?.slug, `Đơn vị ${unit.name}`));
        const plan = await repo().planFor(unit.jurisdiction.documentId, year);
        if (!plan)
          throw new DomainFailure(
            'ineligible',
            `Chưa có kế hoạch đã ban hành của ${unit.jurisdiction.name} áp dụng cho năm ${year}.`,
          );
        const rules = planRulesOf(plan);
        const set = await repo().criteriaSetFor(unit, year);
        if (!set)
          throw new DomainFailure(
            'ineligible',
            `Chưa có bộ tiêu chí hiệu lực năm ${year} cho loại đơn vị này.`,
          );
        const uniqueKey = `${unit.documentId}:${year}`;
        const existing = await strapi.db.query(REGISTRATION).findOne({ where: { uniqueKey } });
        const previous = await strapi.db
          .query(UNIT_RESULT)
          .findOne({ where: { unit: { documentId: unit.documentId }, year: year - 1 } });
        const state = unwrap(
          applyEvent(
            existing ? existing.state : 'none',
            { type: 'register' },
            {
              now: clock(),
              actor,
              unitId: unit.documentId,
              year,
              deadline: await repo().deadlineFor(unit, rules, year, deadlineKinds.register!),
              eligibility: rules.eligibility
                ? checkEligibility(rules.eligibility, previous, year)
                : { ok: true },
            },
          ),
        );
        // Written through the query layer: the document service refuses workflow records to everyone (workflow-guard.ts).
        const created = await strapi.db.query(REGISTRATION).create({
          data: {
            unit: unit.id,
            year,
            plan: plan.id,
            rules,
            criteriaSet: set.id,
            state,
            uniqueKey,
            registeredAt: clock(),
            selfMarks: {},
            dossier: {},
            evidence: {},
            conflicts: [],
          },
        });
        await criteriaSetsService(strapi).lockForUse(set.documentId, year);
        await audit(
          actor,
          'register',
          { documentId: created.documentId, unit },
          { state: 'none' },
          onBehalf(actor, 'register', {
            state,
            year,
            plan: plan.number,
            criteriaSet: `${set.code} v${set.version}`,
          }),
        );
        return { documentId: created.documentId, state, year };
      });
    },

    async saveSelfScores(actor: OfficerActor | StaffActor, documentId: string, input: unknown) {
      return apply(documentId, { type: 'self_assess' }, actor, {
        effect: async (reg, state) => {
          // A draft keeps every mark it can: a wrong one is refused on its own (and said so), never the batch.
          const { valid, cleared, refused } = unwrap(keepValidMarks(reg.criteriaSet, input));
          const merged: Marks = { ...(reg.selfMarks ?? {}), ...valid };
          for (const code of cleared) delete merged[code];
          const score = scoreAssessment(reg.criteriaSet, merged);
          return {
            data: { selfMarks: merged, selfTotal: score.total },
            audit: {
              before: { state: reg.state, marks: reg.selfMarks ?? {} },
              after: { state, marks: merged, total: score.total },
            },
            result: {
              state,
              selfScore: score,
              saved: [...Object.keys(valid), ...cleared],
              refused,
            },
          };
        },
      });
    },

    async submit(actor: OfficerActor | StaffActor, documentId: string) {
      return apply(documentId, { type: 'submit' }, actor, {
        effect: async () => ({ data: { submittedAt: clock() } }),
      });
    },

    async startAppraisal(actor: Actor, documentId: string) {
      return apply(documentId, { type: 'start_appraisal' }, actor);
    },

    async propose(actor: Actor, documentId: string, proposeIt: boolean, reason?: string) {
      const event: WorkflowEvent = proposeIt
        ? { type: 'propose' }
        : { type: 'not_propose', reason };
      return apply(documentId, event, actor, {
        effect: async (reg, state) => ({
          data: { stateReason: reason ?? null },
          audit: { after: { state, reason: reason ?? null } },
        }),
      });
    },

    /** The secretariat voids the council's votes on a dossier so that its members may change their marks; the dossier needs a new vote. */
    async reopenScoring(actor: Actor, documentId: string, reason: string) {
      return apply(documentId, { type: 'reopen_scoring', reason }, actor, {
        effect: async (reg) => {
          const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
          const meetings = council
            ? await strapi.db.query(MEETING).findMany({
                where: { council: { id: council.id } },
                select: ['documentId', 'votes'],
              })
            : [];
          const voted = meetings
            .filter((m: { votes: { registration: string }[] | null }) =>
              (m.votes ?? []).some((v) => v.registration === reg.documentId),
            )
            .map((m: { documentId: string }) => m.documentId);
          const voidedVotes = [...new Set([...(reg.voidedVotes ?? []), ...voted])];
          return {
            data: { voidedVotes },
            audit: {
              before: { voidedVotes: reg.voidedVotes ?? [] },
              after: { voidedVotes, reason },
            },
            result: { voidedVotes: voidedVotes.length },
          };
        },
      });
    },

    async reject(actor: Actor, documentId: string, reason: string) {
      return apply(documentId, { type: 'reject', reason }, actor, {
        effect: async (reg, state) => ({
          data: { stateReason: reason, decidedAt: clock() },
          audit: { after: { state, reason } },
        }),
      });
    },
  };
};
