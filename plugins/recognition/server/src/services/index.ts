import adminViews from './admin-views';
import repository from '../repositories/registrations';
import actors from './actors';
import amendments from './amendments';
import approvals from './approvals';
import attestation from './attestation';
import audit from './audit';
import certificates from './certificates';
import clock from './clock';
import councilScoring from './council-scoring';
import councils from './councils';
import criteriaSets from './criteria-sets';
import dashboard from './dashboard';
import decisions from './decisions';
import decisionReads from './decision-reads';
import documentData from './document-data';
import documents from './documents';
import auditExport from './audit-export';
import files from './files';
import accountImport from './account-import';
import portalHome from './portal-home';
import auditCheckpoints from './audit-checkpoints';
import portalSessions from './portal-sessions';
import publicRegister from './public-register';
import portalReads from './portal-reads';
import privateFiles from './private-files';
import jobs from './jobs';
import marks from './marks';
import national from './national';
import notifications from './notifications';
import paper from './paper';
import pdf from './pdf';
import planVersions from './plan-versions';
import readModels from './read-models';
import recognitions from './recognitions';
import resultImport from './result-import';
import revocations from './revocations';
import reminders from './reminders';
import reports from './reports';
import reportSnapshot from './report-snapshot';
import signing from './signing';
import unitImport from './unit-import';
import workflow from './workflow';

export default {
  actors,
  amendments,
  approvals,
  attestation,
  audit,
  certificates,
  clock,
  'council-scoring': councilScoring,
  councils,
  'criteria-sets': criteriaSets,
  dashboard,
  decisions,
  'decision-reads': decisionReads,
  'document-data': documentData,
  documents,
  files,
  'account-import': accountImport,
  'admin-views': adminViews,
  'portal-home': portalHome,
  'audit-checkpoints': auditCheckpoints,
  'portal-sessions': portalSessions,
  'public-register': publicRegister,
  'portal-reads': portalReads,
  'audit-export': auditExport,
  'private-files': privateFiles,
  jobs,
  marks,
  national,
  notifications,
  paper,
  pdf,
  'plan-versions': planVersions,
  'read-models': readModels,
  recognitions,
  'result-import': resultImport,
  revocations,
  reminders,
  reports,
  'report-snapshot': reportSnapshot,
  repository,
  signing,
  'unit-import': unitImport,
  workflow,
};
