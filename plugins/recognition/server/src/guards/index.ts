// The guards room: document-service middlewares that hold whatever path a write takes (the
// Content Manager, the REST API, scripts): workflow records written only by the workflow, plans
// published only with sound text, and staff kept to their own province.
export {
  CONDITION,
  ensureScopeConditions,
  guardJurisdictionWrites,
  registerScopeCondition,
} from './jurisdiction-scope';
export { guardPlanText, planTextPopulate } from './plan-text-guard';
export { guardWorkflowRecords, workflowRecords } from './workflow-guard';
export { placeOf, placePopulate, placesOf, placings, scopeCondition, scopeWhere } from './placing';
