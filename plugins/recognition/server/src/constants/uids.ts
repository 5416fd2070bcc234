// Every content type the server reads or writes, by one name: Strapi addresses them by UID strings,
// and each file once kept its own copy under its own alias.

// The plugin's own records.
export const ACT = 'plugin::recognition.act';
export const AUDIT_CHECKPOINT = 'plugin::recognition.audit-checkpoint';
export const AUDIT_EVENT = 'plugin::recognition.audit-event';
export const COUNCIL = 'plugin::recognition.council';
export const COUNCIL_SCORE = 'plugin::recognition.council-score';
export const DECISION = 'plugin::recognition.decision';
export const EXTENSION = 'plugin::recognition.extension';
export const TITLE_REVIEW = 'plugin::recognition.title-review';
export const INDIVIDUAL = 'plugin::recognition.individual';
export const COMMENDATION = 'plugin::recognition.commendation';
export const IDEMPOTENCY_RECORD = 'plugin::recognition.idempotency-record';
export const LOGIN_ATTEMPT = 'plugin::recognition.login-attempt';
export const MEETING = 'plugin::recognition.meeting';
export const MEMBERSHIP = 'plugin::recognition.membership';
export const NOTIFICATION = 'plugin::recognition.notification';
export const PERSON = 'plugin::recognition.person';
export const RECEIVED_REPORT = 'plugin::recognition.received-report';
export const RECOGNITION = 'plugin::recognition.recognition';
export const REGISTRATION = 'plugin::recognition.registration';
export const REMINDER = 'plugin::recognition.reminder';
export const REPORT_REQUEST = 'plugin::recognition.report-request';
export const SESSION_FLOOR = 'plugin::recognition.session-floor';
export const TIER_REPORT = 'plugin::recognition.tier-report';

// The app's records the editors keep (cms/src/api).
export const CRITERIA_SET = 'api::criteria-set.criteria-set';
export const JURISDICTION = 'api::jurisdiction.jurisdiction';
export const PLAN = 'api::plan.plan';
export const UNIT = 'api::unit.unit';
export const UNIT_RESULT = 'api::unit-result.unit-result';

// Portal accounts (users-permissions).
export const USER = 'plugin::users-permissions.user';
