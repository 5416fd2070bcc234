// Certificates as people get them, and the only writer of a certificate's status: queued when
// its recognition is made (none for a plan that issues no certificates), issued once when its
// signed PDF is stored; and what the public verification page shows.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { serialSchema } from '../../../shared/domain/certificate-serial';
import { decideCertificate } from '../../../shared/domain/certificate';
import { initialCertificateStatus } from '../../../shared/domain/status-machines';
import { certifiedUnit, unitDisplayName } from '../../../shared/domain/units';
import { DomainFailure, unwrap } from '../errors';
import { lockKey } from '../utils';
import { auditService } from '../audit';
import { documentsService } from '../documents';
import { filesService } from '../workflow';
import { signerCertificate } from '../../../../../pipeline/src/sign';
import { DECISION, RECOGNITION } from '../constants/uids';
import { day, parseRows } from '../rows';

const notFound = () =>
  new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).');

/** Signers read from issued PDFs, by the PDF's SHA-256 (an issued PDF never changes). */
const signers = new Map<string, ReturnType<typeof signerCertificate>>();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(recognitionId: number, issuesCertificates: boolean) {
    await strapi.db.query(RECOGNITION).update({
      where: { id: recognitionId },
      data: { certificateStatus: initialCertificateStatus(issuesCertificates) },
    });
  },

  /** Releases certificates awaiting their decision, now issued, for issuing; returns how many. */
  async release(recognitionIds: number[]): Promise<number> {
    const recs = await strapi.db.query(RECOGNITION).findMany({
      where: { id: { $in: recognitionIds }, certificateStatus: 'awaiting' },
      select: ['id', 'certificateStatus'],
    });
    for (const r of recs) {
      const [event] = unwrap(
        decideCertificate(
          { certificateStatus: r.certificateStatus, stored: false },
          { type: 'release' },
        ),
      );
      await strapi.db.query(RECOGNITION).update({
        where: { id: r.id },
        data: { certificateStatus: event.certificateStatus },
      });
    }
    return recs.length;
  },

  /** Records a certificate's stored PDF once: a concurrent issuer that lost the race leaves it as it is. */
  async recordIssued(
    serial: string,
    store: () => Promise<{ id: number }>,
    sha256: string,
    at: Date,
  ): Promise<boolean> {
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:certificate:${serial}`);
      const rec = await strapi.db.query(RECOGNITION).findOne({
        where: { serial },
        populate: { pdf: true, unit: { populate: ['jurisdiction'] } },
      });
      const events = unwrap(
        decideCertificate(
          { certificateStatus: rec.certificateStatus, stored: !!rec.pdf },
          { type: 'issue', sha256, at: at.toISOString() },
        ),
      );
      const issued = events.find((e) => e.type === 'certificate.issue');
      if (!issued) return false;
      const uploaded = await store();
      await strapi.db.query(RECOGNITION).update({
        where: { id: rec.id },
        data: {
          pdf: uploaded.id,
          pdfSha256: sha256,
          issuedAt: at,
          certificateStatus: issued.certificateStatus,
        },
      });
      // An issued document is on the record with the hash of what was issued.
      const { type, ...after } = issued;
      await auditService(strapi).append(
        {
          actor: 'system',
          actorRole: 'system',
          action: type,
          subjectType: 'certificate',
          subjectId: serial,
          unitCode: rec.unit?.code ?? null,
          jurisdiction: rec.unit?.jurisdiction?.slug ?? null,
          before: { certificateStatus: rec.certificateStatus },
          after,
        },
        at,
      );
      return true;
    });
  },

  /** The serial of a registration's certificate that is not revoked. */
  async serialOfRegistration(registrationId: number): Promise<string> {
    const rec = await strapi.db.query(RECOGNITION).findOne({
      where: { registration: { id: registrationId }, status: { $ne: 'revoked' } },
      select: ['serial'],
    });
    if (!rec) throw new DomainFailure('not-found', 'Đơn vị chưa có giấy chứng nhận cho năm này.');
    return rec.serial;
  },

  async pdfBySerial(serial: string): Promise<{ pdf: Buffer; filename: string }> {
    if (!serialSchema.safeParse(serial).success) throw notFound();
    const rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial } });
    if (!rec || rec.status === 'revoked' || rec.certificateStatus === 'none') throw notFound();
    const { pdf } = await documentsService(strapi).certificatePdf(serial);
    return { pdf, filename: `giay-chung-nhan-${serial}.pdf` };
  },

  async verification(serial: string) {
    // Who signed the issued PDF, read from it (a file that cannot be read shows no signer rather
    // than failing the page); an issued PDF never changes, so it is read once per hash.
    const signerOf = async (file: { url: string }, sha256: string | null) => {
      const known = sha256 ? signers.get(sha256) : undefined;
      if (known) return known;
      try {
        const found = signerCertificate(await filesService(strapi).read(file));
        if (sha256) {
          if (signers.size >= 2000) signers.delete(signers.keys().next().value!);
          signers.set(sha256, found);
        }
        return found;
      } catch (err) {
        strapi.log.warn(
          `recognition: không đọc được chữ ký của giấy chứng nhận ${serial}: ${(err as Error).message}`,
        );
        return null;
      }
    };
    if (!serialSchema.safeParse(serial).success) return null;
    const rec = await strapi.db.query(RECOGNITION).findOne({
      where: { serial },
      populate: {
        unit: { populate: ['jurisdiction'] },
        revocationDecision: true,
        decision: { select: ['id'] },
        pdf: true,
      },
    });
    if (!rec) return null;
    const revokedBy = rec.revocationDecision
      ? {
          number: rec.revocationDecision.number as string,
          date: String(rec.revocationDecision.date).slice(0, 10),
        }
      : null;
    // Decisions that amend the recognising decision are named beside it.
    const amendedBy = rec.decision
      ? parseRows(
          z.object({ number: z.string(), date: day }),
          await strapi.db.query(DECISION).findMany({
            where: { corrects: { id: rec.decision.id }, kind: 'amendment', status: 'issued' },
            select: ['number', 'date'],
            orderBy: { id: 'asc' },
          }),
        ).map((d) => ({ number: d.number, date: String(d.date).slice(0, 10) }))
      : [];
    return {
      serial,
      unit: unitDisplayName(certifiedUnit(rec)),
      nowCalled: certifiedUnit(rec).nowCalled,
      jurisdiction: rec.unit?.jurisdiction?.name ?? '',
      jurisdictionSlug: rec.unit?.jurisdiction?.slug ?? null,
      year: rec.year,
      decisionNumber: rec.decisionNumber,
      decisionDate: rec.decisionDate ? String(rec.decisionDate).slice(0, 10) : null,
      // A recognition on a decision not yet issued has no effect yet.
      status:
        rec.status === 'revoked'
          ? ('revoked' as const)
          : rec.decisionNumber
            ? ('valid' as const)
            : ('pending' as const),
      revokedBy,
      amendedBy,
      maintained: rec.status === 'maintained',
      revokedReason: rec.revokedReason ?? null,
      revokedAt: rec.revokedAt ?? null,
      sha256: rec.pdfSha256 ?? null,
      issuedAt: rec.issuedAt ?? null,
      signer: rec.pdf ? await signerOf(rec.pdf, rec.pdfSha256 ?? null) : null,
    };
  },
});
