// Every admin route of the plugin runs this first: it loads the caller's jurisdiction scope
// (for the controllers and the services, on ctx.state.staffScope) and refuses a request that
// names another province in its query or body. Records reached by id are checked where they
// are loaded (workflow, services), against the same scope.
import type { Ctx } from '../controllers/context';
import type { Core } from '@strapi/strapi';
import { checkScope } from '../../../shared/domain/scope';
import { unwrap } from '../errors';
import { actorsService } from '../people';

export default async (
  policyContext: Ctx,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
) => {
  const { scope, personId } = await actorsService(strapi).staffOf(policyContext.state.user);
  policyContext.state.staffScope = scope;
  policyContext.state.staffPersonId = personId;
  for (const asked of [
    policyContext.request?.query?.jurisdiction,
    policyContext.request?.body?.jurisdiction,
  ]) {
    if (asked !== undefined) unwrap(checkScope(scope, String(asked), 'Yêu cầu'));
  }
  return true;
};
