import adminViews from './reporting/admin-views';
import repository from './workflow/registrations';
import actors from './people/actors';
import amendments from './decisions/amendments';
import approvals from './decisions/approvals';
import attestation from './decisions/attestation';
import audit from './audit/audit';
import certificates from './decisions/certificates';
import clock from './config/clock';
import councilScoring from './council/council-scoring';
import councils from './council/councils';
import criteriaSets from './config/criteria-sets';
import criteriaImport from './config/criteria-import';
import dashboard from './reporting/dashboard';
import decisions from './decisions/decisions';
import decisionReads from './decisions/decision-reads';
import documentData from './documents/document-data';
import documents from './documents/documents';
import auditExport from './audit/audit-export';
import files from './workflow/files';
import accountImport from './people/account-import';
import portalHome from './reporting/portal-home';
import auditCheckpoints from './audit/audit-checkpoints';
import portalSessions from './people/portal-sessions';
import publicRegister from './views/public-register';
import portalReads from './reporting/portal-reads';
import privateFiles from './workflow/private-files';
import jobs from './queue/jobs';
import marks from './workflow/marks';
import metrics from './operations/metrics';
import national from './reporting/national';
import notifications from './people/notifications';
import paper from './workflow/paper';
import pdf from './documents/pdf';
import planVersions from './config/plan-versions';
import readModels from './reporting/read-models';
import recognitions from './decisions/recognitions';
import resultImport from './people/result-import';
import revocations from './decisions/revocations';
import reminders from './people/reminders';
import reports from './reporting/reports';
import reportDuties from './reports/service';
import reportSnapshot from './reporting/report-snapshot';
import signing from './decisions/signing';
import unitImport from './people/unit-import';
import workflow from './workflow/workflow';

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
  'criteria-import': criteriaImport,
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
  metrics,
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
  'report-duties': reportDuties,
  'report-snapshot': reportSnapshot,
  repository,
  signing,
  'unit-import': unitImport,
  workflow,
};
