// The documents the system issues, built from the database: template data for each kind, the
// list of what can be rendered, and issuing (render, sign, store with its hash) of decisions
// and certificates. An issued PDF is stored once and served as stored.
import { vietnamDay, vietnamIso } from '../domain/vietnam-time';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { finishPdf, renderOnePageBatch, sha256, signatureImages, type PdfMetadata } from '../../../../../pipeline/src';
import { canonicalJson } from '../domain/audit-chain';
import { certificateDataOf, unitDisplayName, unitKindLabels, type RecognitionView } from '../domain/certificate-data';
import { criteriaOf, scoreAssessment, type CriteriaSetDef, type Marks } from '../domain/scoring';
import { stateLabels, type State } from '../domain/workflow';
import { DomainFailure } from '../http';
import { getService, lockKey } from '../utils';

const RECOGNITION = 'plugin::recognition.recognition';
const DECISION = 'plugin::recognition.decision';

/** The national law every provincial decision rests on (not a province-specific fact). */
export const LOCAL_GOVERNMENT_LAW = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';

export const documentKindsForCli = ['plan', 'decision', 'certificate', 'minutes', 'dossier-report', 'report'] as const;
export type DocKind = (typeof documentKindsForCli)[number];

type Jurisdiction = { documentId: string; slug: string; name: string; issuerLine1: string; issuerLine2?: string | null; issuerName: string; placeName: string; policeBodyName?: string | null };

const pad2 = (n: number) => String(n).padStart(2, '0');
const vnClock = (iso: string) => {
  const v = vietnamIso(new Date(iso));
  return `${v.slice(11, 13)} giờ ${v.slice(14, 16)}`;
};
const issuerLines = (j: Jurisdiction) => [j.issuerLine1, j.issuerLine2].filter((l): l is string => !!l);
const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
const num = (n: unknown) => (n == null ? '' : String(Math.round(Number(n) * 100) / 100).replace('.', ','));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pdf = () => getService(strapi, 'pdf');
  const clock = () => getService(strapi, 'clock').now();

  async function jurisdictionOf(where: Record<string, unknown>): Promise<Jurisdiction> {
    const j = await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where });
    if (!j) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    return j;
  }

  async function planData(slug: string, status: 'published' | 'draft' = 'published') {
    const plan: any = await strapi.documents('api::plan.plan').findFirst({
      filters: { slug },
      status,
      populate: { sections: { populate: ['blocks'] }, signer: true, recipients: true, jurisdiction: true },
    });
    if (!plan) throw new DomainFailure('not-found', `Không có kế hoạch "${slug}".`);
    return {
      issuer: { lines: issuerLines(plan.jurisdiction) },
      number: plan.number,
      place: plan.place,
      date: `${plan.issueYear}-${pad2(plan.issueMonth)}-${plan.issueDay ? pad2(plan.issueDay) : '??'}`,
      docType: plan.docType,
      title: plan.title,
      preamble: plan.preamble ?? '',
      sections: plan.sections.map((s: any) => ({ number: s.number, heading: s.heading, blocks: s.blocks.map((b: any) => ({ kind: b.kind, number: b.number ?? null, text: b.text })) })),
      signer: stripNulls(plan.signer),
      recipients: (plan.recipients ?? []).map((r: { text: string }) => r.text),
      signature: null,
    };
  }

  async function decisionData(documentId: string, signingTime: Date | null) {
    const d: any = await strapi.db.query(DECISION).findOne({ where: { documentId }, populate: ['jurisdiction'] });
    if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    const j: Jurisdiction = d.jurisdiction;
    const recs = await strapi.db.query(RECOGNITION).findMany({ where: { decision: { id: d.id } }, populate: ['unit'], orderBy: { id: 'asc' } });
    const [plan]: any[] = await strapi.documents('api::plan.plan').findMany({ filters: { jurisdiction: { documentId: j.documentId }, firstYear: { $lte: d.year } }, status: 'published', sort: [{ firstYear: 'desc' }], populate: { legalBases: true }, limit: 1 });
    const bases = [LOCAL_GOVERNMENT_LAW];
    for (const b of plan?.legalBases ?? []) if (/3554\/QĐ-BCA-V05/.test(b.reference)) bases.push(`Căn cứ ${b.reference} ${lowerFirst(b.description ?? '')}`.trim());
    if (plan) bases.push(`Căn cứ Kế hoạch số ${plan.number} ngày ${plan.issueDay ? pad2(plan.issueDay) + '/' : ''}${pad2(plan.issueMonth)}/${plan.issueYear} của ${j.issuerName}`);
    return {
      issuer: { lines: issuerLines(j) },
      number: d.number,
      place: j.placeName,
      date: String(d.date).slice(0, 10),
      authority: upper(issuerLines(j).join(' ')),
      year: d.year,
      bases,
      proposer: `Theo đề nghị của Giám đốc ${j.policeBodyName ?? 'Công an'}`,
      issuerName: j.issuerName,
      executors: [`Chánh Văn phòng ${j.issuerName}`, `Giám đốc ${j.policeBodyName ?? 'Công an'}`, 'Thủ trưởng các cơ quan, đơn vị liên quan'],
      units: recs.map((r: any) => ({ name: unitDisplayName(r.unit), kindLabel: unitKindLabels[r.unit.kind] ?? r.unit.kind, maintained: r.status === 'maintained', serial: r.serial })),
      signer: stripNulls({ authority: d.signerAuthority, delegation: d.signerDelegation, position: d.signerPosition || 'CHỦ TỊCH', name: d.signerName || ' ' }),
      recipients: ['Như Điều 3;', 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);', 'Lưu: VT.'],
      signature: signingTime ? { time: vietnamIso(signingTime), ...(await signatureImages(issuerLines(j).join(' '), d.signerName || ' ')) } : null,
    };
  }

  async function certificateData(serial: string, signingTime: Date | null) {
    const view = (await getService(strapi, 'recognitions').findViewBySerial(serial)) as RecognitionView | null;
    if (!view) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const data = certificateDataOf(view, pdf().config().publicUrl);
    return { ...data, signature: signingTime ? { time: vietnamIso(signingTime), ...(await signatureImages(data.issuer.lines.join(' '), data.signer.name)) } : null };
  }

  async function minutesData(documentId: string) {
    const m: any = await strapi.db.query('plugin::recognition.meeting').findOne({ where: { documentId }, populate: { council: { populate: ['jurisdiction'] } } });
    if (!m) throw new DomainFailure('not-found', 'Không tìm thấy cuộc họp.');
    const council = m.council;
    const j: Jurisdiction = council.jurisdiction;
    const members = new Map<string, string>((council.members as { email: string; name: string }[]).map((x) => [x.email, x.name]));
    const roleOf = (email: string) => (email === council.chairEmail ? 'Chủ tịch hội đồng' : email === council.secretaryEmail ? 'Thư ký hội đồng' : 'Thành viên');
    const earlier = await strapi.db.query('plugin::recognition.meeting').count({ where: { council: { id: council.id }, id: { $lte: m.id } } });
    const votes = [];
    for (const v of m.votes as { registration: string; for: number; against: number; abstain: number }[]) {
      const reg: any = await strapi.db.query('plugin::recognition.registration').findOne({ where: { documentId: v.registration }, populate: ['unit'] });
      votes.push({ unit: reg ? unitDisplayName(reg.unit) : v.registration, selfTotal: reg?.selfTotal == null ? null : Number(reg.selfTotal), councilTotal: reg?.councilTotal == null ? null : Number(reg.councilTotal), for: v.for, against: v.against, abstain: v.abstain });
    }
    const attendance = m.attendance as { email: string; present: boolean }[];
    return {
      issuer: { lines: [upper(j.policeBodyName ?? 'Công an'), 'HỘI ĐỒNG THẨM ĐỊNH'] },
      number: `${pad2(earlier)}/BB-HĐTĐ`,
      place: j.placeName,
      date: vietnamDay(new Date(m.startedAt)),
      councilName: council.name,
      year: council.year,
      startedAt: vnClock(m.startedAt),
      endedAt: vnClock(m.endedAt),
      venue: m.place,
      chair: { name: members.get(council.chairEmail) ?? council.chairEmail, title: 'Chủ tịch hội đồng' },
      secretary: { name: members.get(council.secretaryEmail) ?? council.secretaryEmail, title: 'Thư ký hội đồng' },
      present: attendance.filter((a) => a.present).map((a) => ({ name: members.get(a.email) ?? a.email, role: roleOf(a.email) })),
      absent: attendance.filter((a) => !a.present).map((a) => ({ name: members.get(a.email) ?? a.email, role: roleOf(a.email) })),
      votes,
      conclusion: m.conclusion,
    };
  }

  async function dossierReportData(documentId: string) {
    const reg: any = await getService(strapi, 'registrations').load(documentId);
    const set = reg.criteriaSet as CriteriaSetDef & { code: string; version: number; isSample?: boolean };
    const marks = (reg.selfMarks ?? {}) as Marks;
    const score = scoreAssessment(set, marks);
    const unit = reg.unit;
    const commune = ['xa', 'phuong', 'dac_khu'].includes(unit.kind);
    const j = await jurisdictionOf({ documentId: unit.jurisdiction.documentId });
    return {
      issuer: { lines: commune ? ['ỦY BAN NHÂN DÂN', upper(unitDisplayName(unit))] : [upper(unit.name)] },
      number: '      /BC',
      place: commune ? unit.name : j.placeName,
      date: vietnamDay(reg.submittedAt ? new Date(reg.submittedAt) : clock()),
      unitName: commune ? `Ủy ban nhân dân ${lowerFirst(unitDisplayName(unit))}` : unit.name,
      year: reg.year,
      recipient: j.policeBodyName ?? j.issuerName,
      criteriaSet: `Bộ tiêu chí ${set.code} phiên bản ${set.version}`,
      rows: criteriaOf(set).map((c) => {
        const m = marks[c.code];
        const points = m?.points ?? (m?.subItems ? Object.values(m.subItems).reduce((a, b) => a + b, 0) : undefined);
        return {
          code: c.code,
          title: c.title,
          max: c.scoring === 'pass_fail' ? 'Đạt/Không' : num(c.subItems?.length ? c.subItems.reduce((a, s) => a + Number(s.maxPoints ?? 0), 0) : c.maxPoints),
          score: c.scoring === 'pass_fail' ? (m?.passed === undefined ? '' : m.passed ? 'Đạt' : 'Không đạt') : num(points),
          evidence: (reg.evidence?.[c.code] ?? []).length,
        };
      }),
      total: score.total,
      maxTotal: score.max,
      verdict: score.meetsThreshold ? 'đạt ngưỡng công nhận' : `chưa đạt ngưỡng công nhận (${score.reasons.join('; ')})`,
      signer: commune ? { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: ' ' } : { position: 'THỦ TRƯỞNG ĐƠN VỊ', name: ' ' },
      recipients: [`${j.policeBodyName ?? 'Công an'};`, 'Lưu: VT.'],
      signature: null,
    };
  }

  async function reportData(ref: string) {
    const m = /^([a-z0-9-]+):(\d{4}):(six-month|annual)$/.exec(ref);
    if (!m) throw new DomainFailure('not-found', 'Báo cáo ghi dạng <tỉnh>:<năm>:<six-month|annual>, ví dụ hue:2026:annual.');
    const [, slug, yearText, period] = m;
    const year = Number(yearText);
    const j = await jurisdictionOf({ slug });
    const overview = await getService(strapi, 'dashboard').overview(slug, year);
    const regs = await strapi.db.query('plugin::recognition.registration').findMany({ where: { year, unit: { jurisdiction: { id: (j as any).id } } }, populate: ['unit'], orderBy: { id: 'asc' } });
    return {
      issuer: { lines: [upper(j.policeBodyName ?? 'Công an')] },
      number: '      /BC',
      place: j.placeName,
      date: vietnamDay(clock()),
      period,
      year,
      recipient: j.issuerName,
      planNumber: overview.plan?.number ?? '(chưa có)',
      targets: overview.targets.map((t) => ({ label: t.label, minimum: t.minimum, achieved: t.achieved, met: t.met })),
      states: Object.entries(overview.registrationsByState).map(([s, count]) => ({ label: stateLabels[s as State] ?? s, count })),
      units: regs.map((r: any) => ({ name: unitDisplayName(r.unit), state: stateLabels[r.state as State] ?? r.state, selfTotal: num(r.selfTotal), councilTotal: num(r.councilTotal) })),
      signer: { position: 'GIÁM ĐỐC', name: ' ' },
      recipients: [`${j.issuerName};`, 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);', 'Lưu: VT.'],
      signature: null,
    };
  }

  async function dataFor(kind: DocKind, ref: string, opts: { signingTime?: Date | null; draft?: boolean } = {}) {
    const signingTime = opts.signingTime ?? null;
    switch (kind) {
      case 'plan':
        return planData(ref, opts.draft ? 'draft' : 'published');
      case 'decision':
        return decisionData(ref, signingTime);
      case 'certificate':
        return certificateData(ref, signingTime);
      case 'minutes':
        return minutesData(ref);
      case 'dossier-report':
        return dossierReportData(ref);
      case 'report':
        return reportData(ref);
    }
  }

  const signedKinds: DocKind[] = ['decision', 'certificate'];

  function metadata(rendered: { title: string; subject: string; templateVersion: string; data: unknown }): PdfMetadata {
    return { title: rendered.title, subject: rendered.subject, templateVersion: rendered.templateVersion, dataHash: sha256(canonicalJson(rendered.data)), author: 'dienhinh' };
  }

  async function renderFinished(kind: DocKind, data: unknown, signingTime: Date | null, location: string) {
    const rendered = await pdf().render(kind, data);
    if (!rendered.ok) throw new DomainFailure('render-failed', rendered.error.message, { renderCode: rendered.error.code });
    const meta = metadata({ ...rendered.value, data });
    const identity = signingTime ? getService(strapi, 'signing').identity() : undefined;
    const bytes = await finishPdf(rendered.value.pdf, meta, identity && signingTime ? { identity, signingTime, reason: meta.subject, location } : undefined);
    return { pdf: bytes, title: rendered.value.title };
  }

  async function store(bytes: Buffer, filename: string, caption: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-issue-'));
    const file = path.join(dir, filename);
    fs.writeFileSync(file, bytes);
    try {
      const [uploaded] = await strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name: filename, caption, alternativeText: caption } },
        files: { filepath: file, originalFilename: filename, mimetype: 'application/pdf', size: bytes.length },
      });
      return uploaded;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async function readStored(file: { url: string }): Promise<Buffer> {
    if (file.url.startsWith('/')) return fs.promises.readFile(path.join(strapi.dirs.static.public, file.url));
    const res = await fetch(file.url);
    if (!res.ok) throw new DomainFailure('not-found', 'Không đọc được tệp đã lưu.');
    return Buffer.from(await res.arrayBuffer());
  }

  /** Marks a recognition issued once: a concurrent issuer that lost the race leaves it as it is. */
  async function recordCertificate(serial: string, bytes: Buffer, at: Date) {
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:certificate:${serial}`);
      const rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial }, populate: ['pdf'] });
      if (rec.pdf) return false;
      const uploaded = await store(bytes, `giay-chung-nhan-${serial}.pdf`, `Giấy chứng nhận ${serial}`);
      await strapi.db.query(RECOGNITION).update({ where: { id: rec.id }, data: { pdf: uploaded.id, pdfSha256: sha256(bytes), issuedAt: at, certificateStatus: 'issued' } });
      return true;
    });
  }

  return {
    dataFor,

    async list() {
      const out: { kind: DocKind; ref: string; title: string }[] = [];
      for (const p of (await strapi.documents('api::plan.plan').findMany({ status: 'published', sort: ['slug'] })) as any[]) out.push({ kind: 'plan', ref: p.slug, title: `Kế hoạch số ${p.number}` });
      for (const d of await strapi.db.query(DECISION).findMany({ populate: ['jurisdiction'], orderBy: { id: 'asc' } })) out.push({ kind: 'decision', ref: d.documentId, title: `Quyết định số ${d.number} (${d.jurisdiction?.name}, ${d.year})` });
      for (const r of await strapi.db.query(RECOGNITION).findMany({ where: { status: { $ne: 'revoked' } }, populate: ['unit'], orderBy: { id: 'asc' } })) out.push({ kind: 'certificate', ref: r.serial, title: `Giấy chứng nhận ${unitDisplayName(r.unit)} năm ${r.year}` });
      for (const m of await strapi.db.query('plugin::recognition.meeting').findMany({ populate: ['council'], orderBy: { id: 'asc' } })) out.push({ kind: 'minutes', ref: m.documentId, title: `Biên bản họp ${m.council?.name}` });
      for (const r of await strapi.db.query('plugin::recognition.registration').findMany({ where: { state: { $notIn: ['registered'] } }, populate: ['unit'], orderBy: { id: 'asc' } })) out.push({ kind: 'dossier-report', ref: r.documentId, title: `Báo cáo tự chấm điểm ${unitDisplayName(r.unit)} năm ${r.year}` });
      const years = new Map<string, Set<number>>();
      for (const r of await strapi.db.query('plugin::recognition.registration').findMany({ populate: { unit: { populate: ['jurisdiction'] } } })) {
        const slug = r.unit?.jurisdiction?.slug;
        if (slug) years.set(slug, (years.get(slug) ?? new Set()).add(r.year));
      }
      for (const [slug, ys] of years) for (const y of [...ys].sort()) for (const period of ['six-month', 'annual']) out.push({ kind: 'report', ref: `${slug}:${y}:${period}`, title: `Báo cáo ${period === 'annual' ? 'năm' : '06 tháng'} ${y} (${slug})` });
      return out;
    },

    /** Renders any document from the database; decisions and certificates come signed. */
    async render(kind: DocKind, ref: string, opts: { draft?: boolean } = {}) {
      const signingTime = signedKinds.includes(kind) ? clock() : null;
      const data: any = await dataFor(kind, ref, { signingTime, draft: opts.draft });
      return renderFinished(kind, data, signingTime, data.place ?? '');
    },

    /** The certificate as issued: stored on first request, served as stored afterwards. */
    async certificatePdf(serial: string): Promise<{ pdf: Buffer; sha256: string; title: string }> {
      let rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial }, populate: ['pdf'] });
      if (!rec) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).');
      if (!rec.pdf) {
        const at = clock();
        const data: any = await certificateData(serial, at);
        const { pdf: bytes } = await renderFinished('certificate', data, at, data.place);
        await recordCertificate(serial, bytes, at);
        rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial }, populate: ['pdf'] });
      }
      const bytes = await readStored(rec.pdf);
      return { pdf: bytes, sha256: rec.pdfSha256, title: `Giấy chứng nhận ${serial}` };
    },

    /** Issues a decision once: render, sign, store; later calls return the stored PDF. */
    async decisionPdf(documentId: string): Promise<Buffer> {
      const d = await strapi.db.query(DECISION).findOne({ where: { documentId }, populate: ['pdf', 'jurisdiction'] });
      if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
      if (d.pdf) return readStored(d.pdf);
      const at = clock();
      const data: any = await decisionData(documentId, at);
      const { pdf: bytes } = await renderFinished('decision', data, at, data.place);
      await strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:decision-pdf:${documentId}`);
        const again = await strapi.db.query(DECISION).findOne({ where: { id: d.id }, populate: ['pdf'] });
        if (again.pdf) return;
        const uploaded = await store(bytes, `quyet-dinh-${d.number.replace(/\W+/g, '-')}-${d.year}.pdf`, `Quyết định số ${d.number}`);
        await strapi.db.query(DECISION).update({ where: { id: d.id }, data: { pdf: uploaded.id, pdfSha256: sha256(bytes), issuedAt: at, status: 'issued' } });
      });
      const stored = await strapi.db.query(DECISION).findOne({ where: { id: d.id }, populate: ['pdf'] });
      return readStored(stored.pdf);
    },

    /** A year's certificates in a jurisdiction: how many there are, and the serials not yet issued. */
    async pendingCertificates(jurisdiction: string, year: number): Promise<{ total: number; todo: string[] }> {
      const recs = await strapi.db.query(RECOGNITION).findMany({
        where: yearCertificates(jurisdiction, year),
        select: ['id', 'serial', 'certificateStatus'],
        orderBy: { id: 'asc' },
      });
      return { total: recs.length, todo: recs.filter((r: any) => r.certificateStatus !== 'issued').map((r: any) => r.serial as string) };
    },

    /** How many of a year's certificates in a jurisdiction are issued. */
    async issuedCount(jurisdiction: string, year: number): Promise<number> {
      return strapi.db.query(RECOGNITION).count({ where: { ...yearCertificates(jurisdiction, year), certificateStatus: 'issued' } });
    },

    /**
     * Issues one batch of certificates: renders the ones still unissued on one page set, splits,
     * signs and stores each. A certificate issued meanwhile (by another process) is left as it is.
     */
    async issueCertificateBatch(serials: string[]): Promise<{ issued: number; rendered: number }> {
      const open = await strapi.db.query(RECOGNITION).findMany({ where: { serial: { $in: serials }, status: { $ne: 'revoked' }, certificateStatus: { $ne: 'issued' } }, select: ['serial'] });
      const openSet = new Set(open.map((r: any) => r.serial as string));
      const todo = serials.filter((s) => openSet.has(s));
      if (!todo.length) return { issued: 0, rendered: 0 };
      const cfg = pdf().config();
      const identity = getService(strapi, 'signing').identity();
      const at = clock();
      const data = await Promise.all(todo.map((s) => certificateData(s, at)));
      const batch = await renderOnePageBatch(pdf().pool(), 'certificate', data, Math.max(cfg.timeoutMs, todo.length * 2000));
      if (!batch.ok) throw new DomainFailure('render-failed', batch.error.message, { renderCode: batch.error.code });
      let issued = 0;
      for (let k = 0; k < todo.length; k++) {
        const item = batch.value[k];
        const bytes = await finishPdf(await item.doc(), metadata({ ...item.html, data: data[k] }), { identity, signingTime: at, reason: item.html.subject, location: data[k].place });
        if (await recordCertificate(todo[k], bytes, at)) issued++;
      }
      return { issued, rendered: todo.length };
    },

    sha256Of: (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex'),
  };
};

/** The certificates of a jurisdiction's year: every recognition not revoked. */
function yearCertificates(jurisdiction: string, year: number) {
  return { year, status: { $ne: 'revoked' }, unit: { jurisdiction: { slug: jurisdiction } } };
}

function stripNulls<T extends Record<string, unknown>>(o: T | null | undefined): T {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([k, v]) => v != null && v !== '' && k !== 'id')) as T;
}

function lowerFirst(s: string) {
  return s ? s[0].toLocaleLowerCase('vi-VN') + s.slice(1) : s;
}
