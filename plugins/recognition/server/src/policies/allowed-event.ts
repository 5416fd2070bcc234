// Asks the machine before a transition route's controller runs: the caller, as the role the
// route is for, must be allowed this event on this registration (role, own unit or council,
// state, own conflict). The refusal carries the machine's own code and Vietnamese message.
import type { Ctx } from '../controllers/context';
import type { Core } from '@strapi/strapi';
import { conflictedMembers } from '../../../shared/domain/council';
import type { EventType, Role } from '../../../shared/domain/states';
import { refusal } from '../../../shared/domain/workflow';
import { DomainFailure, parseInput } from '../errors';
import { actorsService } from '../people';
import { registrationRepository, workflowService } from '../workflow';
import { clockService } from '../config';
import { idParams } from '../../../shared/contracts/requests';

export type AllowedEventConfig = { event: EventType; as: Exclude<Role, 'editor'> };

export default async (
  policyContext: Ctx,
  config: AllowedEventConfig,
  { strapi }: { strapi: Core.Strapi },
) => {
  const actor = await actorsService(strapi).as(policyContext.state, config.as);
  const { id } = parseInput(idParams, policyContext.params);
  const reg = await registrationRepository(strapi).loadHead(id);
  await workflowService(strapi).checkScope(actor, reg);
  const now = clockService(strapi).now();
  const refused = refusal(reg.state, config.event, actor, reg.unit.documentId, {
    conflictedUserIds: conflictedMembers(reg.conflicts),
    now,
    year: reg.year,
    selection: !!reg.rules?.selection,
    forecastGiven: !!reg.forecast,
  });
  if (refused) throw DomainFailure.of(refused);
  return true;
};
