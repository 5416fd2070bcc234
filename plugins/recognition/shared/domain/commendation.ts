// Commendation (khen thưởng) of the collectives and individuals behind a unit's title: the police
// propose it on the unit's title of the year (and the years in a row it has held it), with the
// form of award; whoever the form names appraises it (Sở Nội vụ for the chair's Bằng khen, the
// police's own council, recorded by its secretariat, for the director's Giấy khen); the act of the
// one who grants it decides it. A proposer never appraises their own proposal. Pure.
import { err, ok, type Result } from './errors';
import type { Role } from './states';

export const awardForms = ['bang_khen', 'giay_khen'] as const;
export type AwardForm = (typeof awardForms)[number];

export type AwardFormRule = {
  label: string;
  /** Who grants it: the People's Committee's chair, or the director of the province's police. */
  grantor: 'committee' | 'police';
  /** The act that decides it (shared/domain/act/kinds.ts). */
  decisionKind: 'commendation_decision' | 'police_commendation';
  appraisers: readonly Role[];
};

export const awardFormRules: Record<AwardForm, AwardFormRule> = {
  bang_khen: {
    label: 'Bằng khen',
    grantor: 'committee',
    decisionKind: 'commendation_decision',
    appraisers: ['home_affairs'],
  },
  giay_khen: {
    label: 'Giấy khen',
    grantor: 'police',
    decisionKind: 'police_commendation',
    appraisers: ['secretariat'],
  },
};

/** Who proposes: the province's police (Công an tỉnh đề nghị khen thưởng tập thể, cá nhân). */
export const commendationProposers: readonly Role[] = ['secretariat'];

export const awardeeKinds = ['collective', 'individual'] as const;
export type AwardeeKind = (typeof awardeeKinds)[number];
export const awardeeKindLabels: Record<AwardeeKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

export const commendationStates = ['proposed', 'agreed', 'declined', 'decided'] as const;
export type CommendationState = (typeof commendationStates)[number];
export const commendationStateLabels: Record<CommendationState, string> = {
  proposed: 'Đã đề nghị, chờ thẩm định',
  agreed: 'Thẩm định đồng ý, chờ quyết định',
  declined: 'Thẩm định không đồng ý',
  decided: 'Đã quyết định khen thưởng',
};
export const awardFormLabels = Object.fromEntries(
  awardForms.map((f) => [f, awardFormRules[f].label]),
) as Record<AwardForm, string>;

export type Commendation = { state: CommendationState; form: AwardForm; proposedBy: string };

export type CommendationCommand =
  | {
      type: 'propose';
      role: Role;
      form: AwardForm;
      awardee: AwardeeKind;
      /** The unit's title of the year the proposal rests on (a revoked one is none). */
      title: { year: number; revoked: boolean } | null;
      year: number;
      individual: { fullName: string; position: string } | null;
      achievement: string;
      /** The same awardee already proposed for the same form in the year. */
      proposedAlready: boolean;
      consecutiveYears: number;
    }
  | { type: 'appraise'; role: Role; by: string; agree: boolean; note: string }
  | { type: 'decide'; act: { kind: string; number: string; status: string } };

export type CommendationEvent =
  | {
      type: 'commendation.propose';
      form: AwardForm;
      awardee: AwardeeKind;
      achievement: string;
      consecutiveYears: number;
      state: 'proposed';
    }
  | { type: 'commendation.appraise'; agree: boolean; note: string; state: 'agreed' | 'declined' }
  | { type: 'commendation.decide'; number: string; state: 'decided' };

const MIN_TEXT = 10;
const clean = (s: string) => s.trim().normalize('NFC').replace(/\s+/g, ' ');

function propose(c: Extract<CommendationCommand, { type: 'propose' }>) {
  if (!commendationProposers.includes(c.role))
    return err('forbidden-role', 'Chỉ Công an tỉnh (thư ký) đề nghị khen thưởng.');
  if (!c.title || c.title.revoked || c.title.year !== c.year)
    return err(
      'ineligible',
      `Đơn vị không giữ danh hiệu điển hình năm ${c.year}: khen thưởng dựa trên kết quả công nhận của năm.`,
    );
  const achievement = clean(c.achievement);
  if (achievement.length < MIN_TEXT)
    return err('reason-required', `Thành tích: ghi rõ thành tích (ít nhất ${MIN_TEXT} ký tự).`, {
      field: 'achievement',
    });
  if (c.awardee === 'individual') {
    const p = c.individual;
    if (!p || clean(p.fullName).length < 2)
      return err('invalid-input', 'Họ và tên của cá nhân: bắt buộc.', { field: 'fullName' });
    if (clean(p.position).length < 2)
      return err('invalid-input', 'Chức vụ của cá nhân: bắt buộc.', { field: 'position' });
  }
  if (c.proposedAlready)
    return err(
      'invalid-transition',
      `Đã có đề nghị ${awardFormRules[c.form].label} năm ${c.year} cho ${c.awardee === 'individual' ? 'cá nhân' : 'tập thể'} này.`,
    );
  return ok<CommendationEvent[]>([
    {
      type: 'commendation.propose',
      form: c.form,
      awardee: c.awardee,
      achievement,
      consecutiveYears: Math.max(1, c.consecutiveYears),
      state: 'proposed',
    },
  ]);
}

export function decideCommendation(
  r: Commendation | null,
  c: CommendationCommand,
): Result<CommendationEvent[]> {
  if (c.type === 'propose') return propose(c);
  if (!r) return err('not-found', 'Không tìm thấy đề nghị khen thưởng.');
  const rule = awardFormRules[r.form];
  if (c.type === 'appraise') {
    if (!rule.appraisers.includes(c.role))
      return err(
        'forbidden-role',
        `${rule.label}: chỉ ${rule.appraisers.map(appraiserLabel).join(', ')} thẩm định.`,
      );
    if (r.state !== 'proposed') return err('invalid-transition', 'Đề nghị này đã được thẩm định.');
    if (c.by === r.proposedBy)
      return err('separation-of-duties', 'Người đề nghị khen thưởng không tự thẩm định đề nghị.');
    const note = clean(c.note);
    if (!c.agree && note.length < MIN_TEXT)
      return err('reason-required', `Không đồng ý: ghi rõ lý do (ít nhất ${MIN_TEXT} ký tự).`, {
        field: 'note',
      });
    return ok([
      {
        type: 'commendation.appraise',
        agree: c.agree,
        note,
        state: c.agree ? 'agreed' : 'declined',
      },
    ]);
  }
  if (c.act.kind !== rule.decisionKind || c.act.status !== 'issued')
    return err(
      'decision-invalid',
      `${rule.label} được quyết định bằng quyết định khen thưởng đã ban hành.`,
    );
  if (r.state !== 'agreed')
    return err('invalid-transition', 'Chỉ đề nghị đã được thẩm định đồng ý mới được quyết định.');
  return ok([{ type: 'commendation.decide', number: c.act.number, state: 'decided' }]);
}

function appraiserLabel(role: Role): string {
  return role === 'home_affairs' ? 'Sở Nội vụ' : 'Hội đồng thi đua, khen thưởng của Công an tỉnh';
}

/** What a staff role may do next with a proposal (the page shows only these). */
export function allowedCommendationEvents(r: Commendation, role: Role, person: string): string[] {
  const rule = awardFormRules[r.form];
  return r.state === 'proposed' && rule.appraisers.includes(role) && person !== r.proposedBy
    ? ['appraise']
    : [];
}
