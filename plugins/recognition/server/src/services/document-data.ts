// Template data for every kind of document, built from the database: the plan, the decision
// with its attached list, a certificate, the council's minutes, a unit's dossier report and the
// six-month / annual report. Nothing here renders, signs or stores.
import type { Core } from '@strapi/strapi';
import { certificateDataOf, type RecognitionView } from '../domain/certificate-data';
import { criteriaOf, scoreAssessment, type CriteriaSetDef, type Marks } from '../domain/scoring';
import { stateLabel } from '../domain/states';
import { isCommune, kindLabel, unitDisplayName } from '../domain/units';
import { vietnamDay, vietnamIso } from '../domain/vietnam-time';
import { DomainFailure } from '../errors';
import { getService } from '../utils';

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
    const plan = await getService(strapi, 'repository').planFor(j.documentId, d.year, { legalBases: true });
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
      units: recs.map((r: any) => ({ name: unitDisplayName(r.unit), kindLabel: kindLabel(r.unit.kind), maintained: r.status === 'maintained', serial: r.serial })),
      signer: stripNulls({ authority: d.signerAuthority, delegation: d.signerDelegation, position: d.signerPosition || 'CHỦ TỊCH', name: d.signerName || ' ' }),
      recipients: ['Như Điều 3;', 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);', 'Lưu: VT.'],
      signature: signingTime ? { time: vietnamIso(signingTime), ...(await pdf().signatureImages(issuerLines(j).join(' '), d.signerName || ' ')) } : null,
    };
  }

  async function certificateData(serial: string, signingTime: Date | null) {
    const view = (await getService(strapi, 'recognitions').findViewBySerial(serial)) as RecognitionView | null;
    if (!view) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const data = certificateDataOf(view, pdf().config().publicUrl);
    return { ...data, signature: signingTime ? { time: vietnamIso(signingTime), ...(await pdf().signatureImages(data.issuer.lines.join(' '), data.signer.name)) } : null };
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
    const reg: any = await getService(strapi, 'repository').load(documentId);
    const set = reg.criteriaSet as CriteriaSetDef & { code: string; version: number; isSample?: boolean };
    const marks = (reg.selfMarks ?? {}) as Marks;
    const score = scoreAssessment(set, marks);
    const unit = reg.unit;
    const commune = isCommune(unit.kind);
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
      states: Object.entries(overview.registrationsByState).map(([s, count]) => ({ label: stateLabel(s), count })),
      units: regs.map((r: any) => ({ name: unitDisplayName(r.unit), state: stateLabel(r.state), selfTotal: num(r.selfTotal), councilTotal: num(r.councilTotal) })),
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

  return { dataFor, certificateData, decisionData };
};

function stripNulls<T extends Record<string, unknown>>(o: T | null | undefined): T {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([k, v]) => v != null && v !== '' && k !== 'id')) as T;
}

function lowerFirst(s: string) {
  return s ? s[0].toLocaleLowerCase('vi-VN') + s.slice(1) : s;
}
