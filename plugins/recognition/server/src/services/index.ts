import actors from './actors';
import audit from './audit';
import certificates from './certificates';
import clock from './clock';
import councils from './councils';
import dashboard from './dashboard';
import documents from './documents';
import jobs from './jobs';
import pdf from './pdf';
import recognitions from './recognitions';
import registrations from './registrations';
import reminders from './reminders';
import reports from './reports';
import signing from './signing';
import unitImport from './unit-import';

export default { actors, audit, certificates, clock, councils, dashboard, documents, jobs, pdf, recognitions, registrations, reminders, reports, signing, 'unit-import': unitImport };
