// The one apply pipeline of a unit's year, and the only writer of a registration's state: load
// the registration under its lock, check the actor's scope, let the decider say what happens
// (shared/domain/registration), save what evolve makes of each event, append the events to the
// audit log as they are, tell those concerned, all in one transaction.
import type { Core } from '@strapi/strapi';
import { eventDeadlines, type DeadlineKind } from '../../../shared/domain/deadlines';
import {
  changedFields,
  decide,
  evolve,
  machineEventOf,
  type ForecastOutcome,
  type RegistrationCommand,
  type RegistrationEvent,
} from '../../../shared/domain/registration';
import { scoreAssessment } from '../../../shared/domain/scoring';
import type { EventType } from '../../../shared/domain/states';
import { actsOnBehalf, type Actor } from '../../../shared/domain/workflow';
import { unwrap } from '../errors';
import { lockKey } from '../utils';
import { clockService } from '../config';
import { auditService } from '../audit';
import { notificationsService } from '../people';
import { recognitionsService } from '../decisions';
import { recordOf, type Registration } from './registrations';
import { registrationRepository } from './';
import { persistEvent } from './persist';
import { registerUnit } from './register';
import { accessCheck } from './access';

const deadlineKinds: Partial<Record<EventType, readonly DeadlineKind[]>> = eventDeadlines;
type Reg = { documentId: string; unit: { code: string; jurisdiction?: { slug: string } | null } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);

  const checkScope = accessCheck(strapi);

  async function audit(actor: Actor, action: string, reg: Reg, before: unknown, after: unknown) {
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
  /** A unit's step taken by the secretariat says so in the audit log: done on the unit's behalf. */
  const onBehalf = (actor: Actor, event: EventType, after: unknown) =>
    actsOnBehalf(actor, event) ? { ...(after as object), onBehalf: true } : after;

  /** The pipeline for a registration already loaded and locked in the caller's transaction. */
  async function decideOn(reg: Registration, command: RegistrationCommand, actor: Actor) {
    await checkScope(actor, reg);
    const step = machineEventOf(command);
    const deadline = await repo().deadlineFor(
      reg.unit,
      reg.rules,
      reg.year,
      deadlineKinds[step.type] ?? [],
    );
    const events = unwrap(decide(recordOf(reg), command, { actor, now: clock(), deadline }));
    let now: Registration = reg;
    for (const e of events) {
      const next = evolve(now, e);
      const { changed, was } = changedFields(now, next);
      await persistEvent(strapi, reg, changed, e);
      const { type, ...payload } = e;
      await audit(
        actor,
        type,
        reg,
        Object.keys(was).length ? was : null,
        onBehalf(actor, step.type, payload),
      );
      now = next;
    }
    await notificationsService(strapi).afterStep(
      reg,
      actor,
      reg.state,
      now.state,
      'reason' in step ? step.reason : undefined,
    );
    return { events, registration: now };
  }

  /**
   * One command on one registration, in its own transaction. A command whose facts come from
   * other records (the council's marks and votes) is built from the registration loaded under
   * its lock, so that nothing it is judged on changes in between.
   */
  async function run(
    documentId: string,
    command: RegistrationCommand | ((reg: Registration) => Promise<RegistrationCommand>),
    actor: Actor,
  ) {
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:registration:${documentId}`);
      const reg = await repo().load(documentId);
      return decideOn(reg, typeof command === 'function' ? await command(reg) : command, actor);
    });
  }
  /** The one event a command decided, for the caller's answer. */
  const only = <T extends RegistrationEvent['type']>(events: RegistrationEvent[], type: T) =>
    events.find((e) => e.type === type) as Extract<RegistrationEvent, { type: T }>;

  return {
    run,
    decideOn,
    checkScope,
    register: registerUnit(strapi, (actor, action, reg, before, after) =>
      audit(actor, action, reg, before, onBehalf(actor, 'register', after)),
    ),

    async saveSelfScores(actor: Actor, documentId: string, input: unknown) {
      const { events, registration: r } = await run(
        documentId,
        { type: 'self_assess', input },
        actor,
      );
      const e = only(events, 'self_assess');
      const selfScore = scoreAssessment(r.criteriaSet, e.selfMarks);
      return { state: r.state, selfScore, saved: e.saved, refused: e.refused };
    },
    async submit(actor: Actor, documentId: string) {
      return { state: (await run(documentId, { type: 'submit' }, actor)).registration.state };
    },
    async startAppraisal(actor: Actor, documentId: string) {
      return {
        state: (await run(documentId, { type: 'start_appraisal' }, actor)).registration.state,
      };
    },
    async propose(actor: Actor, documentId: string, proposeIt: boolean, reason?: string) {
      const { registration } = await run(
        documentId,
        async (reg): Promise<RegistrationCommand> =>
          proposeIt
            ? { type: 'propose', appraisal: await repo().appraisalOf(reg) }
            : { type: 'not_propose', reason: reason ?? '' },
        actor,
      );
      return { state: registration.state };
    },
    /** The police's advice on a registrant (select it or not, and why), revisable until the decision. */
    async proposeSelection(
      actor: Actor,
      documentId: string,
      advice: 'select' | 'not_select',
      reason: string,
    ) {
      const { registration } = await run(
        documentId,
        { type: 'propose_selection', advice, reason },
        actor,
      );
      return { state: registration.state, selection: registration.selection ?? null };
    },
    /** The People's Committee's decision on a registrant the police advised on. */
    async decideSelection(actor: Actor, documentId: string, selectIt: boolean, reason?: string) {
      const { registration } = await run(
        documentId,
        selectIt ? { type: 'select', reason } : { type: 'not_select', reason: reason ?? '' },
        actor,
      );
      return { state: registration.state, selection: registration.selection ?? null };
    },
    /** The unit's expected-results report: the outcome open to it (achieve, or maintain a title held before) or not this year. */
    async forecast(actor: Actor, documentId: string, outcome: ForecastOutcome, note?: string) {
      const { registration } = await run(
        documentId,
        async (reg) => ({
          type: 'forecast',
          outcome,
          note,
          previouslyRecognised: await recognitionsService(strapi).heldBefore(reg),
        }),
        actor,
      );
      return { state: registration.state, forecast: registration.forecast ?? null };
    },
    /** The secretariat voids the council's votes on a dossier so that its members may change their marks; the dossier needs a new vote. */
    async reopenScoring(actor: Actor, documentId: string, reason: string) {
      const { events } = await run(
        documentId,
        async (reg) => ({
          type: 'reopen_scoring',
          reason,
          appraisal: await repo().appraisalOf(reg),
        }),
        actor,
      );
      return { voidedVotes: only(events, 'reopen_scoring').voidedVotes.length };
    },
    async reject(actor: Actor, documentId: string, reason: string) {
      return {
        state: (await run(documentId, { type: 'reject', reason }, actor)).registration.state,
      };
    },
  };
};
