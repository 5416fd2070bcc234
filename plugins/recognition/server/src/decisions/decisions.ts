// A year's decisions, and the only writer of a decision: the draft that recognitions join (the
// year's latest, or one the approver chose or started), and issuing it: number and date from the
// committee's register (or the next number, gap-free, for automatic numbering), the signer and
// recipients chosen, rendered with its list, signed and stored with its hash, after which nothing
// on it changes and the certificates it grants are released for issuing.
import type { Core } from '@strapi/strapi';
import { decisionRow, instant, jurisdictionRow, media, parseRow } from '../rows';
import { z } from 'zod';
import {
  decideDecision,
  type DecisionRecord,
  type IssueDecision,
} from '../../../shared/domain/decision';
import { issueInput, type IssueInput } from '../../../shared/domain/decision-issue';
import { checkActorScope } from '../../../shared/domain/scope';
import type { DecisionStatus } from '../../../shared/domain/status-machines';
import type { Actor } from '../../../shared/domain/workflow';
import { auditService } from '../audit';
import { clockService } from '../config';
import { DECISION, RECOGNITION } from '../constants/uids';
import { documentsService } from '../documents';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { jobsService } from '../queue';
import { lockKey } from '../utils';
import { filesService } from '../workflow';
import { recognitionsService } from './';
import { draftFinder, yearLock } from './drafts';
import { decisionNumbering } from './numbering';
import { placeOf } from '../guards';

export type { Signer } from './numbering';

const storedDecision = decisionRow.extend({
  jurisdiction: jurisdictionRow,
  pdf: media.nullish(),
  pdfSha256: z.string().nullish(),
  issuedAt: instant.nullish(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();

  async function load(documentId: string) {
    const d = parseRow(
      storedDecision,
      await strapi.db
        .query(DECISION)
        .findOne({ where: { documentId }, populate: ['jurisdiction', 'pdf'] }),
    );
    if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    return d;
  }

  const numbering = decisionNumbering(strapi);

  return {
    ...numbering,

    draftFor: draftFinder(strapi),

    /**
     * Issues a draft: checks the number, date and signer, renders and signs the decision with
     * them, then, under the year's lock, stores it and releases its certificates. Nothing is
     * written when any step fails, and a number taken meanwhile is refused, never reused.
     */
    async issue(actor: Actor, documentId: string, body: unknown) {
      const input: IssueInput = parseInput(issueInput, body);
      // An automatic number taken by a decision issued meanwhile is re-planned, never reused or skipped.
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.issueOnce(actor, documentId, input);
        } catch (e) {
          if (
            !(e instanceof DomainFailure) ||
            e.code !== 'number-taken' ||
            !e.details.automatic ||
            attempt >= 5
          )
            throw e;
        }
      }
    },

    async issueOnce(actor: Actor, documentId: string, input: IssueInput) {
      const d = await load(documentId);
      unwrap(
        checkActorScope(actor, placeOf(DECISION, d), `Quyết định của ${d.jurisdiction?.name}`),
      );
      const recordOf = async (row: { status: DecisionStatus; kind: DecisionRecord['kind'] }) => ({
        status: row.status,
        kind: row.kind,
        units: await strapi.db.query(RECOGNITION).count({ where: { decision: { id: d.id } } }),
      });
      const before = await recordOf(d);
      const at = clock();
      const command = (
        planned: { number: string; date: string; sequence: number | null },
        signer: string,
        sha256: string,
      ): IssueDecision => ({
        type: 'issue',
        ...planned,
        signer,
        rendered: { units: before.units, sha256 },
        at: at.toISOString(),
        by: actor.id,
      });
      // Refused before rendering when it would be refused after.
      unwrap(decideDecision(before, command({ number: '', date: '', sequence: null }, '', '')));
      // Planned and checked as every decision is (number, date, signer); the date's own floor is
      // the year's start, its ceiling the plan's day for recognising.
      const plan = await numbering.planAtOnce(
        d.jurisdiction.documentId,
        d.year,
        input,
        at,
        { date: `${d.year}-01-01`, what: 'quyết định' },
        await numbering.recognitionDateLimit(d.id, d.jurisdiction.documentId, d.year),
      );
      const { planned, fields } = plan;
      const documents = documentsService(strapi);
      const bytes = await documents.renderDecision(documentId, fields, at);
      const sha256 = documents.sha256Of(bytes);
      const released = await strapi.db.transaction(async () => {
        await lockKey(strapi, yearLock(d.jurisdiction.documentId, d.year));
        // The number printed in the PDF must still be free: another decision may have taken it.
        await plan.recheck();
        const [event] = unwrap(
          decideDecision(
            await recordOf(await load(documentId)),
            command(planned, fields.signerName, sha256),
          ),
        );
        const stored = await filesService(strapi).storePdf(
          bytes,
          `quyet-dinh-${planned.number.replace(/\W+/g, '-')}-${d.year}.pdf`,
          `Quyết định số ${planned.number}`,
        );
        await strapi.db.query(DECISION).update({
          where: { id: d.id },
          data: {
            ...fields,
            sequence: event.sequence,
            status: event.status,
            pdf: stored.id,
            pdfSha256: event.sha256,
            issuedAt: at,
            issuedBy: event.issuedBy,
            uniqueKey: `${d.jurisdiction.documentId}:${d.year}:${event.number}`,
          },
        });
        const count = await recognitionsService(strapi).grant(d.id, fields);
        const { type, ...after } = event;
        await auditService(strapi).appendBy(
          actor,
          {
            action: type,
            subjectType: 'decision',
            subjectId: d.documentId,
            jurisdiction: d.jurisdiction.slug,
            before: { status: d.status },
            after,
          },
          at,
        );
        return count;
      });
      // Certificates are issued now, in the background, not at someone's first download.
      if (released)
        await jobsService(strapi)
          .startIssuing(d.jurisdiction.slug, d.year)
          .catch((e: Error) =>
            strapi.log.error(
              `recognition: certificates of ${planned.number} not queued: ${e.message}`,
            ),
          );
      return {
        documentId,
        number: planned.number,
        date: planned.date,
        status: 'issued' as const,
        sha256,
        units: before.units,
        certificates: released,
      };
    },

    /** The stored PDF of an issued decision; a draft is previewed instead (unsigned, marked). */
    async pdf(actor: Actor, documentId: string) {
      const d = await load(documentId);
      unwrap(
        checkActorScope(actor, placeOf(DECISION, d), `Quyết định của ${d.jurisdiction?.name}`),
      );
      if (d.status !== 'issued' || !d.pdf)
        throw new DomainFailure('not-found', 'Quyết định chưa ban hành: chỉ có bản xem trước.');
      return {
        pdf: await filesService(strapi).read(d.pdf),
        filename: `quyet-dinh-${(d.number ?? d.documentId).replace(/\W+/g, '-')}-${d.year}.pdf`,
      };
    },

    /** Stores a decision issued at once, with its signed PDF (inside the caller's transaction, under the year's lock). */
    async storeAtOnce(
      actor: Actor,
      o: {
        plan: {
          ctx: { row: { id: number } };
          planned: { number: string; sequence: number | null };
          fields: Record<string, unknown>;
        };
        jurisdiction: string;
        year: number;
        kind: 'revocation' | 'amendment';
        reason: string;
        corrects: number;
        bytes: Buffer;
        sha256: string;
        at: Date;
        filename: string;
      },
    ) {
      const { ctx, planned, fields } = o.plan;
      const stored = await filesService(strapi).storePdf(
        o.bytes,
        o.filename,
        `Quyết định số ${planned.number}`,
      );
      return strapi.db.query(DECISION).create({
        data: {
          ...fields,
          jurisdiction: ctx.row.id,
          year: o.year,
          kind: o.kind,
          status: 'issued',
          sequence: planned.sequence,
          reason: o.reason,
          corrects: o.corrects,
          pdf: stored.id,
          pdfSha256: o.sha256,
          issuedAt: o.at,
          issuedBy: actor.id,
          uniqueKey: `${o.jurisdiction}:${o.year}:${planned.number}`,
        },
      });
    },

    load,
    yearLock,
  };
};
