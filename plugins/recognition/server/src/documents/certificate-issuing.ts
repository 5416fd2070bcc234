// Issuing certificates: one at its first download when the queue has not reached it, or a batch
// rendered on one page set, split, each signed with its province's key and stored once through
// the certificates service that owns its status; and a year's count of those still to issue.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { clockService } from '../config';
import { RECOGNITION } from '../constants/uids';
import { certificatesService, signingService } from '../decisions';
import { DomainFailure } from '../errors';
import { parseRows } from '../rows';
import { filesService } from '../workflow';
import { documentDataService, pdfService } from './';

import { finishing } from './finishing';

export function certificateIssuing(strapi: Core.Strapi) {
  const pdf = () => pdfService(strapi);
  const data = () => documentDataService(strapi);
  const files = () => filesService(strapi);
  const clock = () => clockService(strapi).now();
  const { metadata, renderFinished } = finishing(strapi);
  /** Stores a certificate's PDF once, through the certificates service that owns its status. */
  const recordCertificate = (serial: string, bytes: Buffer, at: Date) =>
    certificatesService(strapi).recordIssued(
      serial,
      () => files().storePdf(bytes, `giay-chung-nhan-${serial}.pdf`, `Giấy chứng nhận ${serial}`),
      pdf().sha256(bytes),
      at,
    );

  return {
    /**
     * The certificate as issued. Its decision's issuing queued it; when the queue has not reached
     * it yet, it is issued now rather than made to wait. One still awaiting its decision has none.
     */
    async certificatePdf(serial: string): Promise<{ pdf: Buffer; sha256: string; title: string }> {
      let rec = await strapi.db
        .query(RECOGNITION)
        .findOne({ where: { serial }, populate: ['pdf'] });
      if (!rec) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).');
      if (rec.certificateStatus === 'awaiting')
        throw new DomainFailure(
          'not-found',
          'Giấy chứng nhận chưa được cấp: quyết định công nhận chưa ban hành.',
        );
      if (!rec.pdf) {
        const at = clock();
        const doc = await data().certificateData(serial, at);
        const { pdf: bytes } = await renderFinished(
          'certificate',
          doc,
          at,
          doc.place,
          false,
          await data().jurisdictionSlugOf('certificate', serial),
        );
        await recordCertificate(serial, bytes, at);
        rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial }, populate: ['pdf'] });
      }
      const bytes = await files().read(rec.pdf);
      return { pdf: bytes, sha256: rec.pdfSha256, title: `Giấy chứng nhận ${serial}` };
    },

    /** A year's certificates in a jurisdiction: how many there are, and the serials not yet issued. */
    async pendingCertificates(
      jurisdiction: string,
      year: number,
    ): Promise<{ total: number; todo: string[] }> {
      const recs = parseRows(
        z.object({ serial: z.string(), certificateStatus: z.string() }),
        await strapi.db.query(RECOGNITION).findMany({
          where: yearCertificates(jurisdiction, year),
          select: ['id', 'serial', 'certificateStatus'],
          orderBy: { id: 'asc' },
        }),
      );
      return {
        total: recs.length,
        todo: recs.filter((r) => r.certificateStatus !== 'issued').map((r) => r.serial),
      };
    },

    /** How many of a year's certificates in a jurisdiction are issued. */
    async issuedCount(jurisdiction: string, year: number): Promise<number> {
      return strapi.db
        .query(RECOGNITION)
        .count({ where: { ...yearCertificates(jurisdiction, year), certificateStatus: 'issued' } });
    },

    /**
     * Issues one batch of certificates: renders the ones still unissued on one page set, splits,
     * signs and stores each. A certificate issued meanwhile (by another process) is left as it is.
     */
    async issueCertificateBatch(serials: string[]): Promise<{ issued: number; rendered: number }> {
      const open = parseRows(
        z.object({ serial: z.string() }),
        await strapi.db.query(RECOGNITION).findMany({
          where: {
            serial: { $in: serials },
            status: { $ne: 'revoked' },
            certificateStatus: 'queued',
          },
          select: ['serial'],
        }),
      );
      const openSet = new Set(open.map((r) => r.serial));
      const todo = serials.filter((s) => openSet.has(s));
      if (!todo.length) return { issued: 0, rendered: 0 };
      const cfg = pdf().config();
      // Each certificate signed with its province's key.
      const provinces = new Map<string, string | null>(
        parseRows(
          z.object({
            serial: z.string(),
            unit: z.object({ jurisdiction: z.object({ slug: z.string() }).nullish() }).nullish(),
          }),
          await strapi.db.query(RECOGNITION).findMany({
            where: { serial: { $in: todo } },
            select: ['serial'],
            populate: {
              unit: { select: ['id'], populate: { jurisdiction: { select: ['slug'] } } },
            },
          }),
        ).map((r) => [r.serial, r.unit?.jurisdiction?.slug ?? null]),
      );
      const signing = signingService(strapi);
      const at = clock();
      const docs = await Promise.all(todo.map((s) => data().certificateData(s, at)));
      const batch = await pdf().renderBatch(
        'certificate',
        docs,
        Math.max(cfg.timeoutMs, todo.length * 2000),
      );
      if (!batch.ok)
        throw new DomainFailure('render-failed', batch.error.message, {
          renderCode: batch.error.code,
        });
      let issued = 0;
      for (let k = 0; k < todo.length; k++) {
        const item = batch.value[k];
        const bytes = await pdf().finish(
          await item.doc(),
          metadata({ ...item.html, data: docs[k] }),
          {
            identity: signing.identity(provinces.get(todo[k])),
            signingTime: at,
            reason: item.html.subject,
            location: docs[k].place,
          },
        );
        if (await recordCertificate(todo[k], bytes, at)) issued++;
      }
      return { issued, rendered: todo.length };
    },
  };
}

/** The certificates of a jurisdiction's year that may be issued: not revoked, their decision issued. */
function yearCertificates(jurisdiction: string, year: number) {
  return {
    year,
    status: { $ne: 'revoked' },
    certificateStatus: { $in: ['queued', 'issued'] },
    unit: { jurisdiction: { slug: jurisdiction } },
  };
}
