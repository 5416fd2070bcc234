// Issuing: rendering any document from the database (decisions and certificates signed), and
// issuing certificates (one at a time or in batches) and decisions: render, sign, store with
// its hash once; an issued PDF is served as stored.
import type { Core } from '@strapi/strapi';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import { unitDisplayName } from '../../../shared/domain/units';
import { checkScope } from '../../../shared/domain/scope';
import { DomainFailure, unwrap } from '../errors';
import type { StaffActor } from '../people';
import { documentDataService, pdfService } from './';
import { filesService } from '../workflow';
import { clockService } from '../config';
import { certificatesService, signingService } from '../decisions';
import { auditService } from '../audit';
import type { DocKind } from './document-data';
import type { PdfMetadata } from './pdf';
import { DECISION, MEETING, PLAN, RECOGNITION, REGISTRATION } from '../constants/uids';

export { documentKindsForCli, type DocKind } from './document-data';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pdf = () => pdfService(strapi);
  const data = () => documentDataService(strapi);
  const files = () => filesService(strapi);
  const clock = () => clockService(strapi).now();

  /** Stores a certificate's PDF once, through the certificates service that owns its status. */
  const recordCertificate = (serial: string, bytes: Buffer, at: Date) =>
    certificatesService(strapi).recordIssued(
      serial,
      () => files().storePdf(bytes, `giay-chung-nhan-${serial}.pdf`, `Giấy chứng nhận ${serial}`),
      pdf().sha256(bytes),
      at,
    );

  const signedKinds: DocKind[] = ['decision', 'certificate'];

  function metadata(rendered: {
    title: string;
    subject: string;
    templateVersion: string;
    data: unknown;
  }): PdfMetadata {
    const signature = (rendered.data as { signature?: { sample?: boolean } | null })?.signature;
    const marks = signature
      ? signature.sample
        ? ('sample' as const)
        : ('uploaded' as const)
      : undefined;
    return {
      title: rendered.title,
      subject: rendered.subject,
      templateVersion: rendered.templateVersion,
      dataHash: pdf().sha256(canonicalJson(rendered.data)),
      author: 'dienhinh',
      marks,
    };
  }

  /** Renders, and signs with the key of the document's province (its own, else the server's) when signingTime is given. */
  async function renderFinished(
    kind: DocKind,
    data: unknown,
    signingTime: Date | null,
    location: string,
    preview = false,
    jurisdiction?: string | null,
  ) {
    const rendered = await pdf().render(kind, data, { preview });
    if (!rendered.ok)
      throw new DomainFailure('render-failed', rendered.error.message, {
        renderCode: rendered.error.code,
      });
    const meta = metadata({ ...rendered.value, data });
    const identity = signingTime ? signingService(strapi).identity(jurisdiction) : undefined;
    const bytes = await pdf().finish(
      rendered.value.pdf,
      meta,
      identity && signingTime
        ? { identity, signingTime, reason: meta.subject, location }
        : undefined,
    );
    return { pdf: bytes, title: rendered.value.title };
  }

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

    async list() {
      const out: { kind: DocKind; ref: string; title: string }[] = [];
      for (const p of (await strapi
        .documents(PLAN)
        .findMany({ status: 'published', sort: ['slug'] })) as any[])
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
      const doc: any = await data().dataFor(kind, ref, { signingTime: null, draft: opts.draft });
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
      const doc: any = await data().dataFor(kind, ref, { signingTime, draft: opts.draft });
      return renderFinished(
        kind,
        doc,
        signingTime,
        doc.place ?? '',
        false,
        signingTime ? await data().jurisdictionSlugOf(kind, ref) : null,
      );
    },

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
        const doc: any = await data().certificateData(serial, at);
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

    /** Renders and signs a decision with what issuing adds to it; the decisions service stores it. */
    async renderDecision(
      documentId: string,
      fields: Record<string, unknown>,
      at: Date,
    ): Promise<Buffer> {
      const doc: any = await data().decisionData(documentId, at, fields);
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
      const doc: any = await data().revocationData(serial, decision, reason, at);
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
      const doc: any = await data().amendmentData(amended, decision, changes, at);
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

    /** A year's certificates in a jurisdiction: how many there are, and the serials not yet issued. */
    async pendingCertificates(
      jurisdiction: string,
      year: number,
    ): Promise<{ total: number; todo: string[] }> {
      const recs = await strapi.db.query(RECOGNITION).findMany({
        where: yearCertificates(jurisdiction, year),
        select: ['id', 'serial', 'certificateStatus'],
        orderBy: { id: 'asc' },
      });
      return {
        total: recs.length,
        todo: recs
          .filter((r: any) => r.certificateStatus !== 'issued')
          .map((r: any) => r.serial as string),
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
      const open = await strapi.db.query(RECOGNITION).findMany({
        where: {
          serial: { $in: serials },
          status: { $ne: 'revoked' },
          certificateStatus: 'queued',
        },
        select: ['serial'],
      });
      const openSet = new Set(open.map((r: any) => r.serial as string));
      const todo = serials.filter((s) => openSet.has(s));
      if (!todo.length) return { issued: 0, rendered: 0 };
      const cfg = pdf().config();
      // Each certificate signed with its province's key.
      const provinces = new Map<string, string | null>(
        (
          await strapi.db.query(RECOGNITION).findMany({
            where: { serial: { $in: todo } },
            select: ['serial'],
            populate: {
              unit: { select: ['id'], populate: { jurisdiction: { select: ['slug'] } } },
            },
          })
        ).map((r: any) => [r.serial, r.unit?.jurisdiction?.slug ?? null]),
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
};

/** The certificates of a jurisdiction's year that may be issued: not revoked, their decision issued. */
function yearCertificates(jurisdiction: string, year: number) {
  return {
    year,
    status: { $ne: 'revoked' },
    certificateStatus: { $in: ['queued', 'issued'] },
    unit: { jurisdiction: { slug: jurisdiction } },
  };
}
