// Criteria sets in use: the first registration that scores against a set locks it, so that no
// assessment changes under a unit. The lock is per set; a jurisdiction's own sets (which replace
// the national ones for its units) are locked only by its own registrations.
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

const UID = 'api::criteria-set.criteria-set';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async lockForUse(documentId: string, year: number) {
    await strapi.db.query(UID).update({
      where: { documentId, lockedAt: { $null: true } },
      data: { lockedAt: getService(strapi, 'clock').now(), lockedReason: `dùng cho đăng ký năm ${year}` },
    });
  },
});
