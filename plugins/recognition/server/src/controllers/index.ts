import acts from './acts';
import appraisal from './appraisal';
import approval from './approval';
import audit from './audit';
import certificates from './certificates';
import commendations from './commendations';
import offlineVerify from './offline-verify';
import councilMember from './council-member';
import decisions from './decisions';
import documents from './documents';
import officer from './officer';
import oversight from './oversight';
import paper from './paper';
import plans from './plans';
import portal from './portal';
import portalStatic from './portal-static';
import deskStatic from './desk-static';
import publicRegister from './public-register';
import recognitions from './recognitions';
import reports from './reports';
import tier from './tier';
import unitImport from './unit-import';

export default {
  acts,
  appraisal,
  approval,
  audit,
  certificates,
  commendations,
  'offline-verify': offlineVerify,
  'council-member': councilMember,
  decisions,
  documents,
  officer,
  oversight,
  paper,
  plans,
  portal,
  'portal-static': portalStatic,
  'desk-static': deskStatic,
  'public-register': publicRegister,
  recognitions,
  reports,
  tier,
  'unit-import': unitImport,
};
