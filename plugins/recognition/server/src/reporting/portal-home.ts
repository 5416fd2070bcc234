// The portal's starting points: who the caller is (portal-me.ts), and an officer's home: each
// year's registration with where it stands, the next deadline with the days left and what to do
// next, and the years the unit may still register for, with the plan's eligibility rule and last
// year's result beside it.
import type { Core } from '@strapi/strapi';
import { eventDeadlines } from '../../../shared/domain/deadlines';
import {
  checkEligibility,
  classificationLabels,
  eligibilityRuleText,
  type Classification,
} from '../../../shared/domain/eligibility';
import { unitNextStep } from '../../../shared/domain/next-step';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { recognisedStates, stateLabel, type EventType } from '../../../shared/domain/states';
import { nextDeadline } from '../../../shared/domain/submission';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { RECOGNITION, REGISTRATION, UNIT, UNIT_RESULT } from '../constants/uids';
import { pdfService } from '../documents';
import type { OfficerActor } from '../people';
import { allowedFor, registrationRepository } from '../workflow';
import { readModelsService } from './';
import { datedDeadlinesOf, unitDeadlinesOf } from './deadlines';
import { portalMe } from './portal-me';
import { jurisdictionRow, parseRows, recognitionRow, unitRow } from '../rows';

/** The deadline that matters next for a registration: the one its first open step must meet. */
export const deadlineKindsFor = (allowed: readonly EventType[]) =>
  allowed.flatMap((e) => eventDeadlines[e as keyof typeof eventDeadlines] ?? []);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);

  const datedDeadlines = datedDeadlinesOf(strapi);

  return {
    datedDeadlines,

    unitDeadlines: unitDeadlinesOf(strapi, datedDeadlines),

    me: portalMe(strapi),

    /** The officer's years: registrations with their next step and deadline, and years open to register. */
    async officerHome(actor: OfficerActor) {
      const today = vietnamDay(now());
      const rows = await strapi.db.query(REGISTRATION).findMany({
        where: { unit: { documentId: actor.unitId } },
        orderBy: { year: 'desc' },
        select: ['documentId'],
      });
      const registrations = [];
      for (const { documentId } of rows) {
        const reg = await repo().load(documentId);
        const allowedEvents = allowedFor(actor, reg, now(), actor.unitId);
        registrations.push({
          documentId,
          year: reg.year,
          state: reg.state,
          stateLabel: stateLabel(reg.state),
          selfTotal: reg.selfTotal,
          councilTotal: reg.councilTotal,
          allowedEvents,
          nextDeadline: nextDeadline(
            await datedDeadlines(reg),
            deadlineKindsFor(allowedEvents),
            today,
          ),
          nextStep: unitNextStep(reg.state, allowedEvents),
          recognition:
            recognisedStates.includes(reg.state) || reg.state === 'revoked'
              ? await readModelsService(strapi).recognitionOf(reg.id)
              : null,
        });
      }
      // Recognitions from before the unit's registrations were kept here (carried over from the
      // province's earlier records): their certificates are the unit's too, and public.
      const base = pdfService(strapi).config().publicUrl.replace(/\/$/, '');
      const earlier = parseRows(
        recognitionRow.pick({
          year: true,
          serial: true,
          status: true,
          decisionNumber: true,
          decisionDate: true,
          certificateStatus: true,
        }),
        await strapi.db.query(RECOGNITION).findMany({
          where: {
            unit: { documentId: actor.unitId },
            registration: { id: { $null: true } },
            decisionNumber: { $notNull: true },
          },
          select: [
            'year',
            'serial',
            'status',
            'decisionNumber',
            'decisionDate',
            'certificateStatus',
          ],
          orderBy: { year: 'desc' },
        }),
      ).map((r) => {
        const certificate =
          ['queued', 'issued'].includes(r.certificateStatus) && r.status !== 'revoked';
        return {
          year: r.year,
          serial: r.serial,
          status: r.status,
          decisionNumber: r.decisionNumber ?? '',
          decisionDate: String(r.decisionDate).slice(0, 10),
          certificateUrl: certificate
            ? `${base}/api/recognition/certificates/${r.serial}/pdf`
            : null,
          verifyUrl: `${base}/verify/${r.serial}`,
        };
      });
      const thisYear = Number(today.slice(0, 4));
      const options = [];
      for (const year of [thisYear, thisYear + 1]) {
        if (registrations.some((r) => r.year === year)) continue;
        options.push(await this.registrationOption(actor, year, today));
      }
      return { today, registrations, earlier, options };
    },

    /** Whether the officer's unit may register for a year, and why not, before it tries. */
    async registrationOption(actor: OfficerActor, year: number, today = vietnamDay(now())) {
      const unit = unitRow
        .extend({ jurisdiction: jurisdictionRow })
        .parse(
          await strapi
            .documents(UNIT)
            .findOne({ documentId: actor.unitId, populate: { jurisdiction: true } }),
        );
      const plan = await repo().planFor(unit.jurisdiction.documentId, year);
      const prev = await strapi.db
        .query(UNIT_RESULT)
        .findOne({ where: { unit: { documentId: actor.unitId }, year: year - 1 } });
      const previous = prev
        ? {
            year: prev.year,
            anttSafe: !!prev.anttSafe,
            classification: (prev.classification ?? null) as Classification | null,
          }
        : null;
      const previousView = previous && {
        ...previous,
        classificationLabel: previous.classification
          ? classificationLabels[previous.classification]
          : null,
      };
      if (!plan)
        return {
          year,
          plan: null,
          rule: null,
          previous: previousView,
          eligible: {
            ok: false as const,
            reasons: [
              `chưa có kế hoạch đã ban hành của ${unit.jurisdiction.name} áp dụng cho năm ${year}`,
            ],
          },
          deadline: null,
        };
      const rules = planRulesOf(plan);
      const eligible = rules.eligibility
        ? checkEligibility(rules.eligibility, previous, year)
        : { ok: true as const };
      const dated = await datedDeadlines({ rules, year, unit });
      const deadline = nextDeadline(dated, eventDeadlines.register!, today);
      const passed = !deadline && dated.some((d) => eventDeadlines.register!.includes(d.kind));
      return {
        year,
        plan: rules.planNumber,
        rule: rules.eligibility ? eligibilityRuleText(rules.eligibility) : null,
        previous: previousView,
        eligible: !passed
          ? eligible
          : {
              ok: false as const,
              reasons: [
                ...(eligible.ok ? [] : eligible.reasons),
                `đã quá thời hạn đăng ký năm ${year}`,
              ],
            },
        deadline,
      };
    },
  };
};
