import certificates from './certificates';
import pdf from './pdf';
import recognitions from './recognitions';
import unitImport from './unit-import';

export default { certificates, pdf, recognitions, 'unit-import': unitImport };
