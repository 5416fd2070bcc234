// The registry of documents: for each kind, its data schema, its template folder, its title,
// and the markup fragments the code produces itself (never from user data).
import type { ZodType } from 'zod';
import { auditAnnexData } from './audit-annex/schema';
import { certificateData } from './certificate/schema';
import { decisionData } from './decision/schema';
import { dossierReportData } from './dossier-report/schema';
import { minutesData } from './minutes/schema';
import { planData } from './plan/schema';
import { registrationFormData } from './registration-form/schema';
import { reportData } from './report/schema';
import { reportActData } from './report-act/schema';
import { reviewActData } from './review-act/schema';
import { revocationData } from './revocation/schema';
import { amendmentData } from './amendment/schema';
import { nationalStatusData } from './national-status/schema';
import { councilDecisionData } from './council-decision/schema';
import { proposalData } from './proposal/schema';
import { unitProposalData } from './unit-proposal/schema';
import { commendationDecisionData } from './commendation-decision/schema';
import { meritCertificateData } from './merit-certificate/schema';

export const documentKinds = [
  'plan',
  'decision',
  'revocation',
  'amendment',
  'certificate',
  'minutes',
  'dossier-report',
  'registration-form',
  'report',
  'report-act',
  'review-act',
  'audit-annex',
  'national-status',
  'council-decision',
  'proposal',
  'unit-proposal',
  'commendation-decision',
  'merit-certificate',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export type FragmentContext = { qrSvg: (text: string) => string };

export type TemplateEntry = {
  folder: string;
  schema: ZodType;
  /** Bumped whenever the wording or layout changes; goes into the PDF metadata. */
  version: string;
  /** Decree 30 page geometry applies (the certificate is a special form with its own). */
  official: boolean;
  title: (data: any) => string;
  subject: string;
  fragments?: (data: any, ctx: FragmentContext) => Record<string, unknown>;
  /** Always exactly one page with the same head for every document: may be printed together with others and split. */
  onePage?: boolean;
  /**
   * An act issued on demand: printed together with others of its template waiting at once, each
   * on pages of its own numbered from its second, and split back (pipeline render/merge.ts).
   */
  printedTogether?: boolean;
};

/** "Căn cứ" lines end with ";" and the last one with "." (Decree 30). */
function basisLines(bases: string[], proposer?: string): string[] {
  const lines = bases.map((b) => b.replace(/[;.,\s]+$/, ''));
  if (proposer) lines.push(proposer.replace(/[;.,\s]+$/, ''));
  return lines.map((l, i) => `${l}${i === lines.length - 1 ? '.' : ';'}`);
}

export const templates: Record<DocumentKind, TemplateEntry> = {
  plan: {
    printedTogether: true,
    folder: 'plan',
    schema: planData,
    version: 'plan@1',
    official: true,
    subject: 'Kế hoạch',
    title: (d) => `${d.docType} số ${d.number}: ${d.title}`,
    fragments: (d) => ({
      __preambleParagraphs: d.preamble ? String(d.preamble).split(/\n\s*\n/) : [],
    }),
  },
  decision: {
    folder: 'decision',
    schema: decisionData,
    version: 'decision@1',
    official: true,
    subject: 'Quyết định công nhận đơn vị điển hình',
    title: (d) => `Quyết định số ${d.number}: công nhận đơn vị điển hình năm ${d.year}`,
    fragments: (d) => ({
      __basisLines: basisLines(d.bases, d.proposer),
      __unitCount: String(d.units.length).padStart(2, '0'),
    }),
  },
  revocation: {
    folder: 'revocation',
    schema: revocationData,
    version: 'revocation@1',
    official: true,
    subject: 'Quyết định thu hồi công nhận đơn vị điển hình',
    title: (d) => `Quyết định số ${d.number}: thu hồi công nhận ${d.unit.name} năm ${d.year}`,
    fragments: (d) => ({ __basisLines: basisLines(d.bases, d.proposer) }),
  },
  amendment: {
    folder: 'amendment',
    schema: amendmentData,
    version: 'amendment@1',
    official: true,
    subject: 'Quyết định sửa đổi, bổ sung quyết định công nhận đơn vị điển hình',
    title: (d) => `Quyết định số ${d.number}: sửa đổi, bổ sung Quyết định số ${d.amended.number}`,
    fragments: (d) => ({ __basisLines: basisLines(d.bases, d.proposer) }),
  },
  certificate: {
    folder: 'certificate',
    schema: certificateData,
    version: 'certificate@3',
    official: false,
    onePage: true,
    subject: 'Giấy chứng nhận đơn vị điển hình',
    title: (d) => `Giấy chứng nhận ${d.unit.name} năm ${d.year}`,
    fragments: (d, ctx) => ({ __qrSvg: ctx.qrSvg(d.qrText ?? d.verifyUrl) }),
  },
  minutes: {
    folder: 'minutes',
    printedTogether: true,
    schema: minutesData,
    version: 'minutes@1',
    official: true,
    subject: 'Biên bản họp thẩm định',
    title: (d) => `Biên bản họp ${d.councilName}`,
  },
  'dossier-report': {
    folder: 'dossier-report',
    schema: dossierReportData,
    version: 'dossier-report@1',
    official: true,
    subject: 'Báo cáo kết quả tự chấm điểm',
    title: (d) => `Báo cáo tự chấm điểm năm ${d.year}: ${d.unitName}`,
  },
  'registration-form': {
    folder: 'registration-form',
    schema: registrationFormData,
    version: 'registration-form@1',
    official: true,
    subject: 'Bản đăng ký xây dựng điển hình',
    title: (d) => `Bản đăng ký xây dựng điển hình năm ${d.year}: ${d.unitName}`,
  },
  report: {
    folder: 'report',
    schema: reportData,
    version: 'report@1',
    official: true,
    subject: 'Báo cáo định kỳ',
    title: (d) => `Báo cáo ${d.period === 'annual' ? 'năm' : '06 tháng'} ${d.year}`,
  },
  'report-act': {
    printedTogether: true,
    folder: 'report-act',
    schema: reportActData,
    version: 'report-act@1',
    official: true,
    subject: 'Báo cáo của Công an tỉnh / thành phố',
    title: (d) => `${d.title}${d.number.trim().startsWith('/') ? '' : ` (số ${d.number})`}`,
  },
  'review-act': {
    printedTogether: true,
    folder: 'review-act',
    schema: reviewActData,
    version: 'review-act@1',
    official: true,
    subject: 'Báo cáo sơ kết, tổng kết',
    title: (d) => `${d.kindLabel} ${d.fromYear}–${d.toYear}`,
  },
  'audit-annex': {
    folder: 'audit-annex',
    schema: auditAnnexData,
    version: 'audit-annex@1',
    official: true,
    subject: 'Phụ lục nhật ký thao tác',
    title: (d) => `Phụ lục nhật ký năm ${d.year}: ${d.jurisdictionName}`,
  },
  // An extract for following up, not an act: no number, no issuer, unsigned (see its schema).
  'national-status': {
    folder: 'national-status',
    schema: nationalStatusData,
    version: 'national-status@1',
    official: true,
    subject: 'Bảng tổng hợp tình hình báo cáo',
    title: (d) => `Tình hình xây dựng điển hình và báo cáo năm ${d.year}`,
  },
  'council-decision': {
    folder: 'council-decision',
    printedTogether: true,
    schema: councilDecisionData,
    version: 'council-decision@1',
    official: true,
    subject: 'Quyết định thành lập Hội đồng thẩm định',
    title: (d) => `Quyết định số ${d.number}: ${d.summary}`,
    fragments: (d) => ({ __basisLines: basisLines(d.bases) }),
  },
  proposal: {
    folder: 'proposal',
    printedTogether: true,
    schema: proposalData,
    version: 'proposal@1',
    official: true,
    subject: 'Tờ trình đề nghị công nhận đơn vị điển hình',
    title: (d) => `Tờ trình số ${d.number}: ${d.summary}`,
  },
  'unit-proposal': {
    folder: 'unit-proposal',
    schema: unitProposalData,
    version: 'unit-proposal@1',
    official: true,
    subject: 'Tờ trình của đơn vị đề nghị xét công nhận',
    title: (d) => `Tờ trình đề nghị xét công nhận năm ${d.year}: ${d.unitName}`,
  },
  'commendation-decision': {
    folder: 'commendation-decision',
    printedTogether: true,
    schema: commendationDecisionData,
    version: 'commendation-decision@1',
    official: true,
    subject: 'Quyết định khen thưởng',
    title: (d) => `Quyết định số ${d.number}: ${d.summary}`,
    fragments: (d) => ({ __basisLines: basisLines(d.bases) }),
  },
  // One page, the same head for all: a year's are printed together and split, as certificates are.
  'merit-certificate': {
    folder: 'merit-certificate',
    schema: meritCertificateData,
    version: 'merit-certificate@1',
    official: false,
    onePage: true,
    subject: 'Bằng khen, giấy khen',
    title: (d) => `${d.form} ${d.awardee} (số ${d.serial})`,
  },
};

export const isDocumentKind = (kind: string): kind is DocumentKind =>
  (documentKinds as readonly string[]).includes(kind);
