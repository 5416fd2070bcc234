// A year's decisions, and the only writer of a decision: the draft that recognitions join (the
// year's latest, or one the approver chose or started), and issuing it: number and date from the
// committee's register (or the next number, gap-free, for automatic numbering), the signer and
// recipients chosen, rendered with its list, signed and stored with its hash, after which nothing
// on it changes and the certificates it grants are released for issuing.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  issueInput,
  planIssue,
  type IssueInput,
  type Numbering,
} from '../../../shared/domain/decision-issue';
import { checkActorScope } from '../../../shared/domain/scope';
import { nextDecisionStatus, type DecisionStatus } from '../../../shared/domain/status-machines';
import type { Actor } from '../../../shared/domain/workflow';
import { documentsService, recipientsOf } from '../documents';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { lockKey } from '../utils';
import { clockService } from '../config';
import { filesService, registrationRepository } from '../workflow';
import { certificatesService, recognitionsService } from './';
import { notificationsService } from '../people';
import { auditService } from '../audit';
import { jobsService } from '../queue';
import { DECISION, JURISDICTION, RECOGNITION } from '../constants/uids';

export type Signer = {
  authority?: string | null;
  delegation?: string | null;
  position: string;
  name: string;
};
type Scope = { documentId: string };

const yearLock = (jurisdiction: string, year: number) =>
  `recognition:decision:${jurisdiction}:${year}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();

  /** The jurisdiction with its signers (the plan's signer when it has none) and numbering. */
  async function jurisdictionOf(documentId: string, year: number) {
    const j: any = await strapi.db.query(JURISDICTION).findOne({
      where: { documentId },
      populate: { signers: { populate: ['signature'] }, seal: true },
    });
    if (!j) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    let signers: Signer[] = (j.signers ?? []).map((s: any) => ({
      authority: s.authority ?? null,
      delegation: s.delegation ?? null,
      position: s.position,
      name: s.name,
    }));
    if (!signers.length) {
      const plan = await registrationRepository(strapi).planFor(documentId, year);
      const rules = plan ? (plan as any).rules : null;
      if (rules?.signer) signers = [rules.signer];
    }
    return {
      row: j,
      signers,
      numbering: (j.decisionNumbering ?? 'manual') as Numbering,
      suffix: (j.decisionSuffix as string) || 'QĐ-UBND',
    };
  }

  /** Numbers already issued by the jurisdiction in the year, and its highest automatic sequence. */
  async function register(jurisdictionId: number, year: number) {
    const issued = await strapi.db.query(DECISION).findMany({
      where: { jurisdiction: { id: jurisdictionId }, year, status: 'issued' },
      select: ['number', 'sequence'],
    });
    return {
      usedNumbers: issued.map((d: any) => d.number as string),
      lastSequence: Math.max(0, ...issued.map((d: any) => d.sequence ?? 0)),
    };
  }

  async function load(documentId: string) {
    const d: any = await strapi.db
      .query(DECISION)
      .findOne({ where: { documentId }, populate: ['jurisdiction', 'pdf'] });
    if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    return d;
  }

  return {
    jurisdictionOf,

    /**
     * The draft a recognition joins (call inside the caller's transaction): the one chosen, a new
     * one when asked, otherwise the year's latest draft, made when there is none.
     */
    async draftFor(
      jurisdiction: Scope,
      year: number,
      choice: { decision?: string; fresh?: boolean } = {},
    ) {
      await lockKey(strapi, yearLock(jurisdiction.documentId, year));
      const where = {
        jurisdiction: { documentId: jurisdiction.documentId },
        year,
        kind: 'recognition',
        status: 'draft' satisfies DecisionStatus,
      };
      if (choice.decision) {
        const chosen = await strapi.db
          .query(DECISION)
          .findOne({ where: { ...where, documentId: choice.decision } });
        if (!chosen)
          throw new DomainFailure(
            'decision-invalid',
            `Quyết định được chọn không phải dự thảo quyết định công nhận năm ${year} của tỉnh / thành phố này.`,
            { field: 'decision' },
          );
        return chosen;
      }
      if (!choice.fresh) {
        const latest = await strapi.db.query(DECISION).findOne({ where, orderBy: { id: 'desc' } });
        if (latest) return latest;
      }
      const row = await strapi.db
        .query(JURISDICTION)
        .findOne({ where: { documentId: jurisdiction.documentId }, select: ['id'] });
      return strapi.db.query(DECISION).create({
        data: {
          jurisdiction: row.id,
          year,
          kind: 'recognition',
          status: 'draft',
          uniqueKey: `draft:${randomUUID()}`,
        },
      });
    },

    /** What issuing needs in the jurisdiction and year: numbering, signers, recipients offered, the register so far. */
    async issueContext(jurisdictionDocumentId: string, year: number) {
      const j = await jurisdictionOf(jurisdictionDocumentId, year);
      return { ...j, ...(await register(j.row.id, year)), recipients: recipientsOf(j.row) };
    },

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
        checkActorScope(actor, d.jurisdiction?.slug, `Quyết định của ${d.jurisdiction?.name}`),
      );
      unwrap(nextDecisionStatus(d.status, 'issue'));
      if (d.kind !== 'recognition')
        throw new DomainFailure(
          'invalid-transition',
          'Quyết định thu hồi được ban hành cùng lúc với việc thu hồi.',
        );
      const units = await strapi.db.query(RECOGNITION).count({ where: { decision: { id: d.id } } });
      if (!units)
        throw new DomainFailure(
          'decision-invalid',
          'Dự thảo chưa có đơn vị nào được công nhận; không ban hành được.',
        );
      const at = clock();
      // Planned and checked as every decision is (number, date, signer); the date's own floor is the year's start.
      const plan = await this.planAtOnce(d.jurisdiction.documentId, d.year, input, at, {
        date: `${d.year}-01-01`,
        what: 'quyết định',
      });
      const { planned, fields } = plan;
      const documents = documentsService(strapi);
      const bytes = await documents.renderDecision(documentId, fields, at);
      const sha256 = documents.sha256Of(bytes);
      const released = await strapi.db.transaction(async () => {
        await lockKey(strapi, yearLock(d.jurisdiction.documentId, d.year));
        const again = await load(documentId);
        unwrap(nextDecisionStatus(again.status, 'issue'));
        // The number printed in the PDF must still be free: another decision may have taken it.
        await plan.recheck();
        if (
          (await strapi.db.query(RECOGNITION).count({ where: { decision: { id: d.id } } })) !==
          units
        )
          throw new DomainFailure(
            'invalid-transition',
            'Danh sách đơn vị của dự thảo vừa thay đổi; hãy xem lại và ban hành lại.',
          );
        const stored = await filesService(strapi).storePdf(
          bytes,
          `quyet-dinh-${planned.number.replace(/\W+/g, '-')}-${d.year}.pdf`,
          `Quyết định số ${planned.number}`,
        );
        const status = unwrap(nextDecisionStatus(again.status, 'issue'));
        await strapi.db.query(DECISION).update({
          where: { id: d.id },
          data: {
            ...fields,
            sequence: planned.sequence,
            status,
            pdf: stored.id,
            pdfSha256: sha256,
            issuedAt: at,
            issuedBy: actor.id,
            uniqueKey: `${d.jurisdiction.documentId}:${d.year}:${planned.number}`,
          },
        });
        const recs = await strapi.db
          .query(RECOGNITION)
          .findMany({ where: { decision: { id: d.id } }, select: ['id'] });
        const { number, date, signerAuthority, signerDelegation, signerPosition, signerName } =
          fields;
        await strapi.db.query(RECOGNITION).updateMany({
          where: { id: { $in: recs.map((r: any) => r.id) } },
          data: {
            decisionNumber: number,
            decisionDate: date,
            signerAuthority,
            signerDelegation,
            signerPosition,
            signerName,
          },
        });
        // What the decision certified is frozen with it: a later rename shows only as "now called".
        await recognitionsService(strapi).freezeUnits(recs.map((r: any) => r.id));
        const count = await certificatesService(strapi).release(recs.map((r: any) => r.id));
        await notificationsService(strapi).decisionIssued(
          recs.map((r: any) => r.id),
          planned.number,
          planned.date,
          count > 0,
        );
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'decision.issue',
            subjectType: 'decision',
            subjectId: d.documentId,
            jurisdiction: d.jurisdiction.slug,
            before: { status: again.status },
            after: {
              status,
              number: planned.number,
              date: planned.date,
              signer: fields.signerName,
              units,
              sha256,
            },
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
        units,
        certificates: released,
      };
    },

    /** The stored PDF of an issued decision; a draft is previewed instead (unsigned, marked). */
    async pdf(actor: Actor, documentId: string) {
      const d = await load(documentId);
      unwrap(
        checkActorScope(actor, d.jurisdiction?.slug, `Quyết định của ${d.jurisdiction?.name}`),
      );
      if (d.status !== 'issued' || !d.pdf)
        throw new DomainFailure('not-found', 'Quyết định chưa ban hành: chỉ có bản xem trước.');
      return {
        pdf: await filesService(strapi).read(d.pdf),
        filename: `quyet-dinh-${d.number.replace(/\W+/g, '-')}-${d.year}.pdf`,
      };
    },

    /**
     * Plans a decision issued at once (a revocation, an amendment) in a jurisdiction's year: the
     * number, date and signer checked, the date not before the earlier decision's, and the fields
     * it is printed with; `recheck` runs the check again under the year's lock before storing.
     */
    async planAtOnce(
      jurisdiction: string,
      year: number,
      input: Omit<IssueInput, 'recipients'> & { recipients?: string[] },
      at: Date,
      earlier: { date: string; what: string },
    ) {
      const ctx = await this.issueContext(jurisdiction, year);
      const recipients = input.recipients ?? ctx.recipients;
      const check = (register: { usedNumbers: string[]; lastSequence: number }) => {
        const planned = unwrap(
          planIssue(
            { ...input, recipients },
            { ...ctx, ...register, year, now: at, signers: ctx.signers.length },
          ),
        );
        if (planned.date < earlier.date)
          throw new DomainFailure(
            'decision-invalid',
            `Ngày ${earlier.what} ${planned.date} trước ngày quyết định trước đó ${earlier.date}.`,
            { field: 'date' },
          );
        return planned;
      };
      const planned = check(ctx);
      const s = ctx.signers[input.signer];
      const fields = {
        number: planned.number,
        date: planned.date,
        signerAuthority: s.authority ?? null,
        signerDelegation: s.delegation ?? null,
        signerPosition: s.position,
        signerName: s.name,
        recipients,
      };
      const recheck = async () => {
        // An automatic number taken meanwhile is re-planned by the caller (see issue); a typed one is refused.
        if (check(await this.issueContext(jurisdiction, year)).number !== planned.number)
          throw new DomainFailure(
            'number-taken',
            'Một quyết định khác vừa được ban hành với số này; hãy ban hành lại.',
            { automatic: planned.sequence != null },
          );
      };
      return { ctx, planned, fields, recheck };
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
