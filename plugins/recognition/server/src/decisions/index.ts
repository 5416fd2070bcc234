// The decisions room: the approver's "Công nhận", the year's decisions (drafts, issue, amend,
// revoke) and the certificate ledger that follows them: recognitions, certificates, attestations
// and the province's signing identities.
import type { Core } from '@strapi/strapi';
import type amendmentsFactory from './amendments';
import type approvalsFactory from './approvals';
import type attestationFactory from './attestation';
import type certificatesFactory from './certificates';
import type decisionReadsFactory from './decision-reads';
import type decisionsFactory from './decisions';
import type recognitionsFactory from './recognitions';
import type revocationsFactory from './revocations';
import type signingFactory from './signing';
import { pluginService } from '../utils';
export { titleReviews } from './title-reviews';
export { decisionNumbering } from './numbering';
export { yearLock } from './drafts';
export {
  demoKeyRefusal,
  provinceKeyVariable,
  provinceKeyVariables,
  provinceSignerVariable,
} from './signing';

export const amendmentsService = (strapi: Core.Strapi) =>
  pluginService<typeof amendmentsFactory>(strapi, 'amendments');
export const approvalsService = (strapi: Core.Strapi) =>
  pluginService<typeof approvalsFactory>(strapi, 'approvals');
export const attestationService = (strapi: Core.Strapi) =>
  pluginService<typeof attestationFactory>(strapi, 'attestation');
export const certificatesService = (strapi: Core.Strapi) =>
  pluginService<typeof certificatesFactory>(strapi, 'certificates');
export const decisionReadsService = (strapi: Core.Strapi) =>
  pluginService<typeof decisionReadsFactory>(strapi, 'decision-reads');
export const decisionsService = (strapi: Core.Strapi) =>
  pluginService<typeof decisionsFactory>(strapi, 'decisions');
export const recognitionsService = (strapi: Core.Strapi) =>
  pluginService<typeof recognitionsFactory>(strapi, 'recognitions');
export const revocationsService = (strapi: Core.Strapi) =>
  pluginService<typeof revocationsFactory>(strapi, 'revocations');
export const signingService = (strapi: Core.Strapi) =>
  pluginService<typeof signingFactory>(strapi, 'signing');
