// The programme's acts, each kind with its paper, and drafting one of any kind: the body names
// the kind and what the act is drawn from (a plan, a council, a meeting, a province's year).
import type { Core } from '@strapi/strapi';
import type { ActDraftBody } from '../../../shared/contracts/requests';
import { z } from 'zod';
import { refuseRole, replacementRefusal } from '../../../shared/domain/act';
import { DomainFailure, unwrap } from '../errors';
import type { StaffActor } from '../people';
import { reportPaper, reviewPaper } from '../reports';
import { acts } from './acts';
import { commendationActs } from './kinds/commendation';
import { councilAct } from './kinds/council';
import { minutesAct } from './kinds/minutes';
import { planAct } from './kinds/plan';
import { proposalAct } from './kinds/proposal';

/** The police's reports take the province's own register symbol, the kind's where none is set. */
const reportSuffix = (j: Record<string, unknown>) => (j.reportSuffix as string) || null;

export const actsService = (strapi: Core.Strapi) =>
  acts(strapi, {
    report: { paper: reportPaper(strapi), suffix: reportSuffix },
    // A review is the police's report too, numbered in the same register.
    review: { paper: reviewPaper(strapi), suffix: reportSuffix },
    plan: planAct(strapi).def,
    council_decision: councilAct(strapi).def,
    minutes: minutesAct(strapi).def,
    proposal: proposalAct(strapi).def,
    commendation_decision: commendationActs(strapi).def,
    police_commendation: commendationActs(strapi).policeDef,
  });

/** The kind a draft body makes: its own, or for a replacement the kind of the act it replaces. */
export async function draftKind(strapi: Core.Strapi, actor: StaffActor, body: ActDraftBody) {
  return body.kind === 'replacement'
    ? (await actsService(strapi).load(actor, body.replaces)).kind
    : body.kind;
}

/** Drafts (or brings up to date) an act of the kind the body names, for a role that may. */
export async function draftAct(
  strapi: Core.Strapi,
  actor: StaffActor,
  body: ActDraftBody,
): Promise<{ documentId: string }> {
  if (body.kind === 'replacement') return draftReplacement(strapi, actor, body.replaces);
  unwrap(refuseRole(body.kind, actor.role, 'draft'));
  switch (body.kind) {
    case 'plan':
      return planAct(strapi).draft(actor, body);
    case 'council_decision':
      return councilAct(strapi).draft(actor, body);
    case 'minutes':
      return minutesAct(strapi).draft(actor, body);
    case 'proposal':
      return proposalAct(strapi).draft(actor, body);
    case 'commendation_decision':
    case 'police_commendation':
      return commendationActs(strapi).draft(actor, body);
  }
}

/** An issued act drafted again from its source, naming it: only kinds replaced that way. */
async function draftReplacement(strapi: Core.Strapi, actor: StaffActor, replaces: string) {
  const old = await actsService(strapi).load(actor, replaces);
  unwrap(refuseRole(old.kind, actor.role, 'draft'));
  const refusal = replacementRefusal(old);
  if (refusal) throw new DomainFailure('invalid-transition', refusal);
  const source = z.looseObject({ council: z.string().optional() }).parse(old.content);
  if (old.kind === 'council_decision' && source.council)
    return councilAct(strapi).draft(actor, {
      kind: 'council_decision',
      council: source.council,
      replaces,
    });
  return proposalAct(strapi).draft(actor, {
    kind: 'proposal',
    jurisdiction: old.jurisdiction.slug,
    year: old.year,
    replaces,
  });
}
