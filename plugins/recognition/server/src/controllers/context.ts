// A request as the plugin's controllers read it: Koa's context, with what Strapi adds (the route's
// parameters, the parsed body, uploaded files) and what authentication and the plugin's policies
// put on its state (the signed-in account, a staff member's scope and person).
import type { ParameterizedContext } from 'koa';
import type { Scope } from '../../../shared/domain/scope';
import { DomainFailure } from '../errors';
import type { StaffState } from '../people';

export type RequestState = StaffState & {
  user?: StaffState['user'] & { username?: string };
  /** The admin's permissions (Strapi's CASL ability). */
  userAbility?: { can: (action: string, subject?: string) => boolean };
};

export type Ctx = ParameterizedContext<RequestState> & {
  params: Record<string, string | undefined>;
  request: ParameterizedContext['request'] & {
    body?: unknown;
    files?: Record<string, unknown>;
  };
};

/** The caller's staff scope, which the in-jurisdiction policy sets on every admin route. */
export function staffScope(ctx: Ctx): Scope {
  if (!ctx.state.staffScope) throw new Error('admin route without the in-jurisdiction policy');
  return ctx.state.staffScope;
}

/** The signed-in account (the routes' authentication has refused a request without one). */
export function signedIn(ctx: Ctx): NonNullable<RequestState['user']> {
  if (!ctx.state.user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
  return ctx.state.user;
}
