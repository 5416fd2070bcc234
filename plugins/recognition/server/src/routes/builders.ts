// How a route is declared: admin routes with the plugin's permission action and the caller's
// scope, workflow steps that ask the machine first, content-API routes for portal accounts.
import type { EventType, Role } from '../../../shared/domain/states';
import { rolesFor } from '../../../shared/domain/workflow';
import type { AllowedEventConfig } from '../policies/allowed-event';

/** The admin permission action each staff role's workflow steps need. */
export const staffActions = { secretariat: 'appraisal.manage', approver: 'approve' } as const;

export const machine = (event: EventType, as: AllowedEventConfig['as']) => {
  if (!rolesFor(event).includes(as as Role))
    throw new Error(`route for ${event} declared for ${as}, which the machine does not allow`);
  return {
    name: 'plugin::recognition.allowed-event',
    config: { event, as } satisfies AllowedEventConfig,
  };
};

export const admin = (
  method: string,
  path: string,
  handler: string,
  action: string,
  event?: { event: EventType; as: 'secretariat' | 'approver' },
) => ({
  method,
  path,
  handler,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [`plugin::recognition.${action}`] } },
      'plugin::recognition.in-jurisdiction',
      ...(event ? [machine(event.event, event.as)] : []),
    ],
  },
});
export const step = (
  method: string,
  path: string,
  handler: string,
  event: EventType,
  as: 'secretariat' | 'approver',
) => admin(method, path, handler, staffActions[as], { event, as });

export const api = (
  method: string,
  path: string,
  handler: string,
  event?: { event: EventType; as: 'unit_officer' | 'council_member' },
) => ({
  method,
  path,
  handler,
  config: event ? { policies: [machine(event.event, event.as)] } : {},
});
export const officer = (event: EventType) => ({ event, as: 'unit_officer' as const });
export const member = (event: EventType) => ({ event, as: 'council_member' as const });
