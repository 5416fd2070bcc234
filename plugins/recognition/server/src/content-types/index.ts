import act from './act/schema.json';
import auditEvent from './audit-event/schema.json';
import auditCheckpoint from './audit-checkpoint/schema.json';
import councilScore from './council-score/schema.json';
import council from './council/schema.json';
import decision from './decision/schema.json';
import extension from './extension/schema.json';
import idempotencyRecord from './idempotency-record/schema.json';
import meeting from './meeting/schema.json';
import notification from './notification/schema.json';
import loginAttempt from './login-attempt/schema.json';
import membership from './membership/schema.json';
import person from './person/schema.json';
import receivedReport from './received-report/schema.json';
import recognition from './recognition/schema.json';
import registration from './registration/schema.json';
import reminder from './reminder/schema.json';
import reportRequest from './report-request/schema.json';
import sessionFloor from './session-floor/schema.json';
import tierReport from './tier-report/schema.json';
import titleReview from './title-review/schema.json';
import individual from './individual/schema.json';
import commendation from './commendation/schema.json';

export default {
  recognition: { schema: recognition },
  registration: { schema: registration },
  'council-score': { schema: councilScore },
  council: { schema: council },
  meeting: { schema: meeting },
  decision: { schema: decision },
  extension: { schema: extension },
  'audit-event': { schema: auditEvent },
  'audit-checkpoint': { schema: auditCheckpoint },
  membership: { schema: membership },
  'login-attempt': { schema: loginAttempt },
  person: { schema: person },
  'idempotency-record': { schema: idempotencyRecord },
  reminder: { schema: reminder },
  notification: { schema: notification },
  'session-floor': { schema: sessionFloor },
  act: { schema: act },
  'tier-report': { schema: tierReport },
  'report-request': { schema: reportRequest },
  'received-report': { schema: receivedReport },
  'title-review': { schema: titleReview },
  individual: { schema: individual },
  commendation: { schema: commendation },
};
