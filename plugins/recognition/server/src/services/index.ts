import certificates from './certificates';
import pdf from './pdf';
import recognitions from './recognitions';

export default { certificates, pdf, recognitions };
