// A jurisdiction's year of decisions as the Quyết định page shows them: each decision with its
// status, units and certificates, what the caller may do with it, and what issuing offers
// (numbering, signers, default recipients).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { decisionNumber } from '../../../shared/domain/decision-number';
import { checkActorScope } from '../../../shared/domain/scope';
import { decisionTable } from '../../../shared/domain/status-machines';
import { unitDisplayName } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import { isoDay } from '../../../shared/domain/calendar-date';
import { DomainFailure, unwrap } from '../errors';
import { decisionRow, instant, parseRows, recognitionRow, unitRow } from '../rows';
import { decisionsService } from './';
import { clockService } from '../config';
import { DECISION, JURISDICTION, RECOGNITION } from '../constants/uids';

const day = (d: string | Date | null | undefined) => (d ? isoDay(d) : null);
const listedDecision = decisionRow.extend({
  corrects: decisionRow.nullish(),
  issuedAt: instant.nullish(),
  pdfSha256: z.string().nullish(),
  reason: z.string().nullish(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async year(actor: Actor, slug: string, year: number, canIssue: boolean) {
    unwrap(checkActorScope(actor, slug, 'Tỉnh / thành phố'));
    const j = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { slug }, select: ['id', 'documentId', 'name'] });
    if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const ctx = await decisionsService(strapi).issueContext(j.documentId, year);
    const rows = parseRows(
      listedDecision,
      await strapi.db.query(DECISION).findMany({
        where: { jurisdiction: { id: j.id }, year },
        populate: ['corrects'],
        orderBy: { id: 'asc' },
      }),
    );
    // Each decision with the later decisions that revoke from or amend it.
    const laterOf = (id: number) =>
      rows
        .filter((r) => r.corrects?.id === id && r.status === 'issued')
        .map((r) => ({
          kind: r.kind as 'revocation' | 'amendment',
          number: r.number ?? '',
          date: day(r.date) ?? '',
        }));
    const decisions = [];
    for (const d of rows) {
      const onIt =
        d.kind === 'amendment'
          ? []
          : parseRows(
              recognitionRow.extend({ unit: unitRow }),
              await strapi.db.query(RECOGNITION).findMany({
                where:
                  d.kind === 'revocation'
                    ? { revocationDecision: { id: d.id } }
                    : { decision: { id: d.id } },
                populate: ['unit'],
                orderBy: { id: 'asc' },
              }),
            );
      decisions.push({
        documentId: d.documentId,
        kind: d.kind as 'recognition' | 'revocation',
        status: d.status as 'draft' | 'issued',
        number: d.number ?? null,
        date: day(d.date),
        signer: d.signerName
          ? [d.signerDelegation, d.signerPosition, d.signerName].filter(Boolean).join(' ')
          : null,
        issuedAt: d.issuedAt ?? null,
        sha256: d.pdfSha256 ?? null,
        reason: d.reason ?? null,
        corrects: d.corrects
          ? { number: d.corrects.number as string, date: day(d.corrects.date)! }
          : null,
        later: laterOf(d.id),
        units: onIt.map((r) => ({
          serial: r.serial,
          name: unitDisplayName(r.unit),
          maintained: r.status === 'maintained',
          revoked: r.status === 'revoked',
          certificate: r.certificateStatus,
        })),
        // What the machine allows from here, for a caller who may issue.
        allowedEvents:
          !canIssue || d.kind !== 'recognition'
            ? []
            : decisionTable.issue.from.includes(d.status)
              ? onIt.length > 0
                ? ['issue' as const]
                : []
              : ['amend' as const],
      });
    }
    return {
      jurisdiction: { slug, name: j.name },
      year,
      // The server's day: the issuing form's default date (never the browser's own clock).
      today: vietnamDay(clockService(strapi).now()),
      numbering: ctx.numbering,
      suffix: ctx.suffix,
      nextNumber:
        ctx.numbering === 'automatic' ? decisionNumber(ctx.lastSequence + 1, ctx.suffix) : null,
      signers: ctx.signers.map((s, index) => ({
        index,
        label: [s.authority, s.delegation, s.position, s.name].filter(Boolean).join(' · '),
      })),
      recipients: ctx.recipients,
      decisions,
    };
  },
});
