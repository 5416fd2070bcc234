import certificates from './certificates';
import recognitions from './recognitions';

export default { certificates, recognitions };
