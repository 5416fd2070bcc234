// Reports between installations: a province's issued report leaves as a package (its signed PDF
// and the data it was drawn from), and an installation receiving it (the Ministry's) takes it in
// only when the domain finds nothing wrong (shared/domain/reports/exchange.ts): the PDF the one
// declared, signed intact with the certificate the province registered here, the data the one
// hashed into the signed PDF. A package already taken in is not taken twice.
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import {
  PACKAGE_FORMAT,
  packageProblems,
  reportPackage,
  type ReportPackage,
} from '../../../shared/domain/reports';
import { checkScope } from '../../../shared/domain/scope';
import type { StaffLike } from '../acts';
import { auditCheckpointsService, auditService } from '../audit';
import { clockService } from '../config';
import { JURISDICTION, RECEIVED_REPORT } from '../constants/uids';
import { pdfService } from '../documents';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { filesService } from '../workflow';
import { actsService } from '../acts';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

/** The certificates a PEM text holds, each as the SHA-256 of its DER. */
function certificateHashes(pem: string | null | undefined): string[] {
  const blocks = (pem ?? '').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  return (blocks ?? []).map((b) => sha256(new crypto.X509Certificate(b).raw));
}

export function exchange(strapi: Core.Strapi) {
  async function packageOf(actor: StaffLike, documentId: string): Promise<ReportPackage> {
    const a = await actsService(strapi).load(actor, documentId);
    if (a.status !== 'issued' || !a.pdf || !a.number || !a.date)
      throw new DomainFailure('invalid-transition', 'Văn bản chưa ban hành: chưa có gói để gửi.');
    if (a.kind !== 'report' && a.kind !== 'review')
      throw new DomainFailure(
        'invalid-transition',
        'Chỉ báo cáo của tỉnh được đóng gói gửi lên Bộ.',
      );
    const kind = a.kind;
    const pdf = await filesService(strapi).read(a.pdf);
    const checkpoint = await auditCheckpointsService(strapi).latest(a.jurisdiction.slug);
    return {
      format: PACKAGE_FORMAT,
      version: 1,
      province: { slug: a.jurisdiction.slug, name: a.jurisdiction.name },
      act: {
        kind,
        subject: a.subject,
        title: a.title,
        year: a.year,
        number: a.number,
        date: a.date,
        recipients: a.recipients,
      },
      data: a.paperData ?? {},
      pdf: pdf.toString('base64'),
      pdfSha256: sha256(pdf),
      ...(checkpoint ? { checkpoint } : {}),
    };
  }

  async function receive(actor: StaffLike, bytes: Buffer) {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new DomainFailure('invalid-input', 'Tệp gói báo cáo không phải JSON.');
    }
    const p = parseInput(reportPackage, json);
    unwrap(checkScope(actor.scope, p.province.slug, 'Báo cáo'));
    const place = await strapi.db.query(JURISDICTION).findOne({ where: { slug: p.province.slug } });
    if (!place)
      throw new DomainFailure(
        'not-found',
        `Hệ thống này không có tỉnh / thành phố "${p.province.slug}".`,
      );
    const pdf = Buffer.from(p.pdf, 'base64');
    const uniqueKey = `${p.province.slug}:${p.act.year}:${p.act.number}`;
    const known = await strapi.db.query(RECEIVED_REPORT).findOne({ where: { uniqueKey } });
    if (known && known.pdfSha256 === p.pdfSha256) return summary(known);
    const verdict = await pdfService(strapi)
      .validateSignature(pdf, { roots: [] })
      .catch(() => null);
    const problems = packageProblems(p, {
      pdfSha256: sha256(pdf),
      signature: verdict?.subFilter ? verdict : null,
      registered: certificateHashes(place.signingCertificate),
      signedDataSha256: await pdfService(strapi)
        .signedDataHashOf(pdf)
        .catch(() => null),
      dataSha256: sha256(canonicalJson(p.data)),
    });
    if (known) problems.push(`Số ${p.act.number} năm ${p.act.year} đã nhận với một bản PDF khác.`);
    if (problems.length)
      throw new DomainFailure('invalid-input', `Không nhận gói báo cáo: ${problems.join(' ')}`, {
        problems,
      });
    const at = clockService(strapi).now();
    const stored = await filesService(strapi).storePdf(
      pdf,
      `${p.province.slug}-${p.act.number.replace(/\W+/g, '-')}-${p.act.year}.pdf`,
      p.act.title,
    );
    const row = await strapi.db.query(RECEIVED_REPORT).create({
      data: {
        jurisdiction: place.id,
        year: p.act.year,
        subject: p.act.subject,
        title: p.act.title,
        number: p.act.number,
        date: p.act.date,
        uniqueKey,
        pdf: stored.id,
        pdfSha256: p.pdfSha256,
        data: p.data,
        signer: verdict?.signer ?? null,
        signerSha256: verdict?.signerSha256 ?? null,
        receivedAt: at,
        receivedBy: actor.personId ?? actor.id,
        checkpoint: p.checkpoint ?? null,
      },
    });
    await auditService(strapi).appendBy(
      actor,
      {
        action: 'report.import',
        subjectType: 'received-report',
        subjectId: row.documentId,
        jurisdiction: p.province.slug,
        before: null,
        after: {
          number: p.act.number,
          year: p.act.year,
          subject: p.act.subject,
          sha256: p.pdfSha256,
        },
      },
      at,
    );
    return summary(row);
  }

  const summary = (r: { documentId: string; number: string; year: number; subject: string }) =>
    z
      .object({ documentId: z.string(), number: z.string(), year: z.number(), subject: z.string() })
      .parse(r);

  return { packageOf, receive };
}
