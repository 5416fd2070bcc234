// The programme's acts, each kind with its paper, and drafting one of any kind: the body names
// the kind and what the act is drawn from (a plan, a council, a meeting, a province's year).
import type { Core } from '@strapi/strapi';
import type { ActDraftBody } from '../../../shared/contracts/requests';
import { refuseRole } from '../../../shared/domain/act';
import { unwrap } from '../errors';
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

/** Drafts (or brings up to date) an act of the kind the body names, for a role that may. */
export async function draftAct(strapi: Core.Strapi, actor: StaffActor, body: ActDraftBody) {
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
