// The year's register of commendations of a province (sổ khen thưởng): every proposal with where
// it stands, the decision that granted it and its certificate's serial, what the caller may do
// next, and the units holding the title in the year, whom the police may propose.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { CommendationView } from '../../../shared/contracts/responses';
import { actKindRules } from '../../../shared/domain/act';
import {
  allowedCommendationEvents,
  awardFormRules,
  awardForms,
  commendationProposers,
} from '../../../shared/domain/commendation';
import { consecutiveYears } from '../../../shared/domain/maintenance';
import { checkScope } from '../../../shared/domain/scope';
import { unitDisplayName } from '../../../shared/domain/units';
import { COMMENDATION, RECOGNITION } from '../constants/uids';
import { unwrap } from '../errors';
import type { StaffActor } from '../people';
import { parseRows } from '../rows';
import { commendationRow } from './commendations';

const registerRow = commendationRow.extend({
  appraisalNote: z.string().nullish(),
  serial: z.string().nullish(),
  act: z.object({ number: z.string().nullish() }).nullish(),
});
const titleRow = z.object({
  year: z.number(),
  status: z.enum(['recognised', 'maintained', 'revoked']),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
});

export function commendationRegister(strapi: Core.Strapi) {
  return async function registerOf(
    actor: StaffActor,
    slug: string,
    year: number,
  ): Promise<CommendationView> {
    unwrap(checkScope(actor.scope, slug, 'Khen thưởng'));
    const rows = parseRows(
      registerRow,
      await strapi.db.query(COMMENDATION).findMany({
        where: { year, unit: { jurisdiction: { slug } } },
        populate: { unit: true, individual: true, act: { select: ['number'] } },
        orderBy: [{ form: 'asc' }, { id: 'asc' }],
      }),
    );
    // Every title of the units titled this year, for their years in a row.
    const titles = parseRows(
      titleRow,
      await strapi.db.query(RECOGNITION).findMany({
        where: { year: { $lte: year }, unit: { jurisdiction: { slug } } },
        select: ['year', 'status'],
        populate: { unit: { select: ['id', 'code', 'name', 'kind'] } },
      }),
    );
    const titled = titles.filter((t) => t.year === year && t.status !== 'revoked');
    const person = actor.personId ?? actor.id;
    return {
      jurisdiction: slug,
      year,
      canPropose: commendationProposers.includes(actor.role),
      // A decision is offered where the caller drafts it and proposals of its form await it.
      canDraft: awardForms
        .filter(
          (f) =>
            actKindRules[awardFormRules[f].decisionKind].drafters.includes(actor.role) &&
            rows.some((r) => r.form === f && r.state === 'agreed'),
        )
        .map((f) => awardFormRules[f].decisionKind),
      rows: rows.map((r) => {
        const unit = unitDisplayName(r.unit);
        return {
          documentId: r.documentId,
          form: r.form,
          awardee: r.awardee,
          name: r.individual ? `${r.individual.fullName}, ${r.individual.position}` : unit,
          unit: { code: r.unit.code, name: unit },
          consecutiveYears: r.consecutiveYears,
          achievement: r.achievement,
          state: r.state,
          appraisalNote: r.appraisalNote ?? null,
          decision: r.act?.number ?? null,
          serial: r.serial ?? null,
          allowedEvents: allowedCommendationEvents(
            { state: r.state, form: r.form, proposedBy: r.proposedBy ?? '' },
            actor.role,
            person,
          ),
        };
      }),
      titled: titled.map((t) => ({
        code: t.unit.code,
        name: unitDisplayName(t.unit),
        consecutiveYears: consecutiveYears(
          titles.filter((x) => x.unit.id === t.unit.id),
          year,
        ),
      })),
    };
  };
}
