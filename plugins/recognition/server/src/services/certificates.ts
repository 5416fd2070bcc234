// Certificates: the PDF of one recognition, rendered by the pipeline from its data.
import type { Core } from '@strapi/strapi';
import { certificateDataOf } from '../domain/certificate-data';
import { serialSchema } from '../domain/certificate-serial';
import { getService } from '../utils';

export type CertificatePdf =
  | { ok: true; pdf: Buffer; filename: string; title: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'render-failed'; code: string; message: string };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pdfBySerial(serial: string): Promise<CertificatePdf> {
    if (!serialSchema.safeParse(serial).success) return { ok: false, reason: 'not-found' };
    const view = await getService(strapi, 'recognitions').findViewBySerial(serial);
    if (!view || view.status === 'revoked') return { ok: false, reason: 'not-found' };
    const pdfService = getService(strapi, 'pdf');
    const data = certificateDataOf(view, pdfService.config().publicUrl);
    const result = await pdfService.render('certificate', data);
    if (!result.ok) {
      strapi.log.error(`recognition: certificate ${serial}: ${result.error.code}: ${result.error.message}`);
      return { ok: false, reason: 'render-failed', code: result.error.code, message: result.error.message };
    }
    return { ok: true, pdf: result.value.pdf, filename: `giay-chung-nhan-${serial}.pdf`, title: result.value.title };
  },
});
