// The kinds of act the programme issues, declared once: who drafts and who issues each, whose
// register numbers it (kinds of one register share one sequence a year), the register's symbol,
// and whether the number is typed from the committee's own register or given by the system.
import type { Role } from '../states';

export const actKinds = [
  'report',
  'review',
  'plan',
  'council_decision',
  'minutes',
  'proposal',
  'commendation_decision',
  'police_commendation',
] as const;
export type ActKind = (typeof actKinds)[number];

/** Who speaks in the act: the People's Committee, the police, or the appraisal council. */
export type ActAuthor = 'committee' | 'police' | 'council';

/** The register the committee's recognition decisions are numbered in too. */
export const COMMITTEE_DECISIONS = 'committee-decisions';

export type ActKindRule = {
  label: string;
  author: ActAuthor;
  drafters: readonly Role[];
  issuers: readonly Role[];
  register: string;
  /** The register's symbol after the number ("KH-UBND" in "487/KH-UBND"). */
  suffix: string;
  /** The committee's acts take the number its register gives (as its decisions do, by the province's setting). */
  numbering: 'province' | 'automatic';
};

export const actKindRules: Record<ActKind, ActKindRule> = {
  report: {
    label: 'Báo cáo',
    author: 'police',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'police-reports',
    suffix: 'BC-CA',
    numbering: 'automatic',
  },
  review: {
    label: 'Báo cáo sơ kết, tổng kết',
    author: 'police',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'police-reports',
    suffix: 'BC-CA',
    numbering: 'automatic',
  },
  plan: {
    label: 'Kế hoạch',
    author: 'committee',
    drafters: ['editor', 'approver'],
    issuers: ['approver'],
    register: 'committee-plans',
    suffix: 'KH-UBND',
    numbering: 'province',
  },
  council_decision: {
    label: 'Quyết định thành lập Hội đồng thẩm định',
    author: 'police',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'police-decisions',
    suffix: 'QĐ-CA',
    numbering: 'automatic',
  },
  minutes: {
    label: 'Biên bản họp Hội đồng thẩm định',
    author: 'council',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'council-minutes',
    suffix: 'BB-HĐTĐ',
    numbering: 'automatic',
  },
  proposal: {
    label: 'Tờ trình đề nghị công nhận',
    author: 'police',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'police-proposals',
    suffix: 'TTr-CA',
    numbering: 'automatic',
  },
  // The chair's Bằng khen: numbered in the committee's register of decisions, which the
  // recognition decisions share (decisions/numbering.ts reads both).
  commendation_decision: {
    label: 'Quyết định tặng Bằng khen',
    author: 'committee',
    drafters: ['secretariat', 'approver'],
    issuers: ['approver'],
    register: COMMITTEE_DECISIONS,
    suffix: 'QĐ-UBND',
    numbering: 'province',
  },
  // The director's Giấy khen, within the police's own authority: the police's decisions' register.
  police_commendation: {
    label: 'Quyết định tặng Giấy khen',
    author: 'police',
    drafters: ['secretariat'],
    issuers: ['secretariat'],
    register: 'police-decisions',
    suffix: 'QĐ-CA',
    numbering: 'automatic',
  },
};

export const actKindLabels = Object.fromEntries(
  actKinds.map((k) => [k, actKindRules[k].label]),
) as Record<ActKind, string>;

/**
 * The kinds an issued act of which is replaced by drafting again from the same source, naming it
 * (a council's decision after its members change, the proposal after its list does). A plan is
 * replaced by the new plan that names it; minutes already filed into dossiers, and decisions that
 * granted commendations, are not replaced here.
 */
export const redraftedToReplace: readonly ActKind[] = ['council_decision', 'proposal'];

/** Why an act may not be replaced by drafting it again, or null when it may. */
export function replacementRefusal(a: {
  kind: ActKind;
  status: 'draft' | 'issued';
  replacedBy?: string | null;
}): string | null {
  if (a.status !== 'issued')
    return 'Văn bản chưa ban hành: sửa dự thảo, không cần văn bản thay thế.';
  if (!redraftedToReplace.includes(a.kind))
    return `${actKindRules[a.kind].label} không được thay thế bằng cách soạn lại ở đây.`;
  if (a.replacedBy) return `Văn bản đã được thay thế bởi văn bản số ${a.replacedBy}.`;
  return null;
}

/** The kinds whose numbers come from the same register as this one's. */
export const sameRegister = (kind: ActKind): ActKind[] =>
  actKinds.filter((k) => actKindRules[k].register === actKindRules[kind].register);
