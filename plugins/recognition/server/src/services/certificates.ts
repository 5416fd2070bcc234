// Certificates as people get them: the issued, signed PDF (issued on first request, then
// served as stored), and what the public verification page shows.
import type { Core } from '@strapi/strapi';
import { serialSchema } from '../domain/certificate-serial';
import { unitDisplayName } from '../domain/certificate-data';
import { DomainFailure } from '../http';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pdfBySerial(serial: string): Promise<{ pdf: Buffer; filename: string }> {
    if (!serialSchema.safeParse(serial).success) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).');
    const rec = await strapi.db.query('plugin::recognition.recognition').findOne({ where: { serial } });
    if (!rec || rec.status === 'revoked') throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).');
    const { pdf } = await getService(strapi, 'documents').certificatePdf(serial);
    return { pdf, filename: `giay-chung-nhan-${serial}.pdf` };
  },

  async verification(serial: string) {
    if (!serialSchema.safeParse(serial).success) return null;
    const rec = await strapi.db.query('plugin::recognition.recognition').findOne({ where: { serial }, populate: { unit: { populate: ['jurisdiction'] } } });
    if (!rec) return null;
    return {
      serial,
      unit: unitDisplayName(rec.unit),
      jurisdiction: rec.unit?.jurisdiction?.name ?? '',
      year: rec.year,
      decisionNumber: rec.decisionNumber,
      decisionDate: String(rec.decisionDate).slice(0, 10),
      status: rec.status === 'revoked' ? ('revoked' as const) : ('valid' as const),
      maintained: rec.status === 'maintained',
      revokedReason: rec.revokedReason ?? null,
      revokedAt: rec.revokedAt ?? null,
      sha256: rec.pdfSha256 ?? null,
      issuedAt: rec.issuedAt ?? null,
    };
  },
});
