// Issuing: rendering any document from the database (decisions and certificates signed), and
// issuing certificates (one at a time or in batches) and decisions: render, sign, store with
// its hash once; an issued PDF is served as stored.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope } from '../../../shared/domain/scope';
import { unitDisplayName } from '../../../shared/domain/units';
import { auditService } from '../audit';
import { clockService } from '../config';
import { DECISION, MEETING, PLAN, RECOGNITION, REGISTRATION } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { parseRows } from '../rows';
import type { StaffActor } from '../people';
import { filesService } from '../workflow';
import { documentDataService, pdfService } from './';
import { certificateIssuing } from './certificate-issuing';
import type { DocKind } from './document-data';
import { finishing } from './finishing';

export { documentKindsForCli, type DocKind } from './document-data';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pdf = () => pdfService(strapi);
  const data = () => documentDataService(strapi);
  const files = () => filesService(strapi);
  const clock = () => clockService(strapi).now();

  const signedKinds: DocKind[] = ['decision', 'certificate'];

  const { renderFinished } = finishing(strapi);

  return {
    /** Renders and signs a document whose data the caller built (the audit annex). */
    async renderSigned(
      kind: string,
      data: unknown,
      signingTime: Date,
      location: string,
      jurisdiction?: string,
    ): Promise<Buffer> {
      return (
        await renderFinished(kind as DocKind, data, signingTime, location, false, jurisdiction)
      ).pdf;
    },

    /** Renders an extract the caller built (the Ministry's status): no act, unsigned, saying so itself. */
    async renderExtract(kind: string, data: unknown): Promise<Buffer> {
      return (await renderFinished(kind as DocKind, data, null, '', false)).pdf;
    },

    /** Renders a document whose data the caller built as a preview: marked on every page, unsigned. */
    async renderPreview(kind: string, data: unknown): Promise<Buffer> {
      return (await renderFinished(kind as DocKind, data, null, '', true)).pdf;
    },

    async list() {
      const out: { kind: DocKind; ref: string; title: string }[] = [];
      for (const p of parseRows(
        z.object({ slug: z.string(), number: z.string() }),
        await strapi.documents(PLAN).findMany({ status: 'published', sort: ['slug'] }),
      ))
        out.push({ kind: 'plan', ref: p.slug, title: `Kế hoạch số ${p.number}` });
      for (const d of await strapi.db
        .query(DECISION)
        .findMany({ populate: ['jurisdiction'], orderBy: { id: 'asc' } }))
        out.push({
          kind: 'decision',
          ref: d.documentId,
          title: `${d.number ? `Quyết định số ${d.number}` : 'Dự thảo quyết định'} (${d.jurisdiction?.name}, ${d.year})`,
        });
      for (const r of await strapi.db.query(RECOGNITION).findMany({
        where: { status: { $ne: 'revoked' } },
        populate: ['unit'],
        orderBy: { id: 'asc' },
      }))
        out.push({
          kind: 'certificate',
          ref: r.serial,
          title: `Giấy chứng nhận ${unitDisplayName(r.unit)} năm ${r.year}`,
        });
      for (const m of await strapi.db
        .query(MEETING)
        .findMany({ populate: ['council'], orderBy: { id: 'asc' } }))
        out.push({ kind: 'minutes', ref: m.documentId, title: `Biên bản họp ${m.council?.name}` });
      for (const r of await strapi.db
        .query(REGISTRATION)
        .findMany({ populate: ['unit'], orderBy: { id: 'asc' } })) {
        out.push({
          kind: 'registration-form',
          ref: r.documentId,
          title: `Bản đăng ký ${unitDisplayName(r.unit)} năm ${r.year}`,
        });
        if (r.state !== 'registered')
          out.push({
            kind: 'dossier-report',
            ref: r.documentId,
            title: `Báo cáo tự chấm điểm ${unitDisplayName(r.unit)} năm ${r.year}`,
          });
      }
      const years = new Map<string, Set<number>>();
      for (const r of await strapi.db
        .query(REGISTRATION)
        .findMany({ populate: { unit: { populate: ['jurisdiction'] } } })) {
        const slug = r.unit?.jurisdiction?.slug;
        if (slug) years.set(slug, (years.get(slug) ?? new Set()).add(r.year));
      }
      for (const [slug, ys] of years)
        for (const y of [...ys].sort())
          for (const period of ['six-month', 'annual'])
            out.push({
              kind: 'report',
              ref: `${slug}:${y}:${period}`,
              title: `Báo cáo ${period === 'annual' ? 'năm' : '06 tháng'} ${y} (${slug})`,
            });
      return out;
    },

    /**
     * A staff preview: any document of the caller's provinces, marked "BẢN XEM TRƯỚC" on every
     * page, never signed (a preview is not the act), and audited with the hash of what was shown.
     */
    async preview(actor: StaffActor, kind: DocKind, ref: string, opts: { draft?: boolean } = {}) {
      const slug = await data().jurisdictionSlugOf(kind, ref);
      if (!slug) throw new DomainFailure('not-found', 'Không tìm thấy văn bản.');
      unwrap(checkScope(actor.scope, slug, 'Văn bản'));
      const doc = await data().dataFor(kind, ref, { signingTime: null, draft: opts.draft });
      const out = await renderFinished(kind, doc, null, doc.place ?? '', true);
      await auditService(strapi).appendBy(
        actor,
        {
          action: 'document.preview',
          subjectType: kind,
          subjectId: ref,
          jurisdiction: slug,
          before: null,
          after: { draft: !!opts.draft, sha256: pdf().sha256(out.pdf), jurisdiction: slug },
        },
        clock(),
      );
      return out;
    },

    /**
     * Renders any document from the database for the operator's CLI. An issued decision is the
     * stored one; a draft is rendered unsigned (it is not the act); certificates come signed.
     */
    async render(kind: DocKind, ref: string, opts: { draft?: boolean } = {}) {
      if (kind === 'decision') {
        const d = await strapi.db
          .query(DECISION)
          .findOne({ where: { documentId: ref }, populate: ['pdf'] });
        if (d?.pdf) return { pdf: await files().read(d.pdf), title: `Quyết định số ${d.number}` };
      }
      const signingTime = signedKinds.includes(kind) && kind !== 'decision' ? clock() : null;
      const doc = await data().dataFor(kind, ref, { signingTime, draft: opts.draft });
      return renderFinished(
        kind,
        doc,
        signingTime,
        doc.place ?? '',
        false,
        signingTime ? await data().jurisdictionSlugOf(kind, ref) : null,
      );
    },

    /** Renders and signs a decision with what issuing adds to it; the decisions service stores it. */
    async renderDecision(
      documentId: string,
      fields: Record<string, unknown>,
      at: Date,
    ): Promise<Buffer> {
      const doc = await data().decisionData(documentId, at, fields);
      return (
        await renderFinished(
          'decision',
          doc,
          at,
          doc.place,
          false,
          await data().jurisdictionSlugOf('decision', documentId),
        )
      ).pdf;
    },

    /** Renders and signs a revocation decision; the revocations service stores it. */
    async renderRevocation(
      serial: string,
      decision: Parameters<ReturnType<typeof data>['revocationData']>[1],
      reason: string,
      at: Date,
    ): Promise<Buffer> {
      const doc = await data().revocationData(serial, decision, reason, at);
      return (
        await renderFinished(
          'revocation' as DocKind,
          doc,
          at,
          doc.place,
          false,
          await data().jurisdictionSlugOf('certificate', serial),
        )
      ).pdf;
    },

    /** Renders and signs a decision amending an issued one; the amendments service stores it. */
    async renderAmendment(
      amended: string,
      decision: Parameters<ReturnType<typeof data>['amendmentData']>[1],
      changes: string[],
      at: Date,
    ): Promise<Buffer> {
      const doc = await data().amendmentData(amended, decision, changes, at);
      return (
        await renderFinished(
          'amendment' as DocKind,
          doc,
          at,
          doc.place,
          false,
          await data().jurisdictionSlugOf('decision', amended),
        )
      ).pdf;
    },

    sha256Of: (bytes: Buffer) => pdf().sha256(bytes),

    ...certificateIssuing(strapi),
  };
};
