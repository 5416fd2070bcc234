import actors from './actors';
import audit from './audit';
import certificates from './certificates';
import clock from './clock';
import councils from './councils';
import pdf from './pdf';
import recognitions from './recognitions';
import registrations from './registrations';
import unitImport from './unit-import';

export default { actors, audit, certificates, clock, councils, pdf, recognitions, registrations, 'unit-import': unitImport };
