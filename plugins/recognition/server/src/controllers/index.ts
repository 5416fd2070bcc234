import certificates from './certificates';
import recognitions from './recognitions';
import unitImport from './unit-import';

export default { certificates, recognitions, 'unit-import': unitImport };
