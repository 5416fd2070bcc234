// The one state machine of a unit's registration in a year. applyEvent decides; allowedEvents
// tells the admin buttons and the route policies what an actor may do. No other file decides
// a registration's state.
import { displayDate } from './vietnam-time';
import { err, ok, type Result } from './errors';

export const states = ['none', 'registered', 'self_assessed', 'submitted', 'under_appraisal', 'proposed', 'not_proposed', 'recognised', 'maintained', 'rejected', 'revoked'] as const;
export type State = (typeof states)[number];

export const eventTypes = ['register', 'self_assess', 'submit', 'start_appraisal', 'council_score', 'propose', 'not_propose', 'recognise', 'reject', 'revoke'] as const;
export type EventType = (typeof eventTypes)[number];

export const roles = ['unit_officer', 'council_member', 'secretariat', 'approver', 'editor'] as const;
export type Role = (typeof roles)[number];

export type Actor = { id: string; role: Role; unitId?: string };

export type WorkflowEvent =
  | { type: 'register' }
  | { type: 'self_assess' }
  | { type: 'submit' }
  | { type: 'start_appraisal' }
  | { type: 'council_score' }
  | { type: 'propose' }
  | { type: 'not_propose'; reason?: string }
  | { type: 'recognise' }
  | { type: 'reject'; reason?: string }
  | { type: 'revoke'; reason?: string };

/** A deadline the event must meet, already resolved from the plan's calendar and any extension. */
export type DeadlineGate = { label: string; clause: string; date: string; extendedUntil?: string };

export type WorkflowContext = {
  now: Date;
  actor: Actor;
  unitId: string;
  /** Deadline that applies to this event, if the plan sets one. */
  deadline?: DeadlineGate;
  /** Eligibility for registering (plan rule + previous-year result). */
  eligibility?: { ok: true } | { ok: false; reasons: string[] };
  /** Dossier parts the plan requires but the unit has not supplied. */
  missingDossierParts?: string[];
  /** Criteria without a self-score. */
  missingSelfScores?: string[];
  /** Users who declared a conflict of interest for this registration. */
  conflictedUserIds?: string[];
  /** Users who recorded council scores for this registration. */
  scorerUserIds?: string[];
  /** Whether the unit holds a recognition from an earlier year that was not revoked. */
  previouslyRecognised?: boolean;
};

type Transition = { from: readonly State[]; to: State | 'same'; roles: readonly Role[] };

/** Every transition the machine knows: the table the tests walk through. */
export const transitions: Record<EventType, Transition> = {
  register: { from: ['none'], to: 'registered', roles: ['unit_officer', 'secretariat'] },
  self_assess: { from: ['registered', 'self_assessed'], to: 'self_assessed', roles: ['unit_officer'] },
  submit: { from: ['self_assessed'], to: 'submitted', roles: ['unit_officer'] },
  start_appraisal: { from: ['submitted'], to: 'under_appraisal', roles: ['secretariat'] },
  council_score: { from: ['under_appraisal'], to: 'same', roles: ['council_member'] },
  propose: { from: ['under_appraisal'], to: 'proposed', roles: ['secretariat'] },
  not_propose: { from: ['under_appraisal'], to: 'not_proposed', roles: ['secretariat'] },
  recognise: { from: ['proposed'], to: 'recognised', roles: ['approver'] },
  reject: { from: ['proposed'], to: 'rejected', roles: ['approver'] },
  revoke: { from: ['recognised', 'maintained'], to: 'revoked', roles: ['approver'] },
};

export const stateLabels: Record<State, string> = {
  none: 'chưa đăng ký',
  registered: 'đã đăng ký',
  self_assessed: 'đã tự chấm điểm',
  submitted: 'đã nộp hồ sơ',
  under_appraisal: 'đang thẩm định',
  proposed: 'được đề nghị công nhận',
  not_proposed: 'không được đề nghị',
  recognised: 'đã công nhận',
  maintained: 'duy trì điển hình',
  rejected: 'không công nhận',
  revoked: 'đã thu hồi',
};

export const eventLabels: Record<EventType, string> = {
  register: 'đăng ký',
  self_assess: 'tự chấm điểm',
  submit: 'nộp hồ sơ',
  start_appraisal: 'bắt đầu thẩm định',
  council_score: 'chấm điểm thẩm định',
  propose: 'đề nghị công nhận',
  not_propose: 'không đề nghị',
  recognise: 'công nhận',
  reject: 'không công nhận',
  revoke: 'thu hồi công nhận',
};

export const roleLabels: Record<Role, string> = {
  unit_officer: 'cán bộ đơn vị',
  council_member: 'thành viên hội đồng',
  secretariat: 'thư ký (Công an)',
  approver: 'người phê duyệt',
  editor: 'biên tập viên',
};

/** Events this actor may apply to a registration in this state (role and state only). */
export function allowedEvents(state: State, actor: Actor, unitId?: string): EventType[] {
  return eventTypes.filter((type) => {
    const t = transitions[type];
    if (!t.from.includes(state) || !t.roles.includes(actor.role)) return false;
    return actor.role !== 'unit_officer' || (unitId !== undefined && actor.unitId === unitId);
  });
}


/** End of the deadline's day in Vietnam (UTC+7): "trước ngày DD/MM" is read as "by the end of DD/MM". */
export function deadlineEnd(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

export function applyEvent(state: State, event: WorkflowEvent, ctx: WorkflowContext): Result<State> {
  const t = transitions[event.type];
  const { actor } = ctx;
  if (!t.roles.includes(actor.role)) {
    return err('forbidden-role', `Vai trò ${roleLabels[actor.role]} không được ${eventLabels[event.type]}.`, { allowed: [...t.roles] });
  }
  if (actor.role === 'unit_officer' && actor.unitId !== ctx.unitId) {
    return err('not-own-unit', 'Cán bộ đơn vị chỉ thao tác trên hồ sơ của đơn vị mình.');
  }
  if (!t.from.includes(state)) {
    return err('invalid-transition', `Không thể ${eventLabels[event.type]} khi hồ sơ ${stateLabels[state]}.`, { state, event: event.type });
  }
  if (ctx.deadline) {
    const until = ctx.deadline.extendedUntil ?? ctx.deadline.date;
    if (ctx.now.getTime() > deadlineEnd(until).getTime()) {
      const extended = ctx.deadline.extendedUntil ? ` (đã gia hạn đến ${displayDate(ctx.deadline.extendedUntil)})` : '';
      return err(
        'deadline-passed',
        `Đã quá thời hạn "${ctx.deadline.label}" ngày ${displayDate(ctx.deadline.date)}${extended} theo mục ${ctx.deadline.clause} của kế hoạch; cần người phê duyệt gia hạn.`,
        { deadline: ctx.deadline.date, clause: ctx.deadline.clause },
      );
    }
  }
  switch (event.type) {
    case 'register':
      if (ctx.eligibility && !ctx.eligibility.ok) {
        return err('ineligible', `Đơn vị chưa đủ điều kiện đăng ký: ${ctx.eligibility.reasons.join('; ')}.`, { reasons: ctx.eligibility.reasons });
      }
      break;
    case 'submit':
      if (ctx.missingSelfScores?.length) {
        return err('scores-incomplete', `Chưa tự chấm điểm các tiêu chí: ${ctx.missingSelfScores.join(', ')}.`, { missing: ctx.missingSelfScores });
      }
      if (ctx.missingDossierParts?.length) {
        return err('dossier-incomplete', `Hồ sơ còn thiếu: ${ctx.missingDossierParts.join('; ')}.`, { missing: ctx.missingDossierParts });
      }
      break;
    case 'council_score':
      if (ctx.conflictedUserIds?.includes(actor.id)) {
        return err('conflict-of-interest', 'Thành viên đã khai báo xung đột lợi ích với đơn vị này nên không được chấm điểm.');
      }
      break;
    case 'recognise':
      if (ctx.scorerUserIds?.includes(actor.id)) {
        return err('four-eyes', 'Người đã chấm điểm thẩm định đơn vị này không được công nhận đơn vị (nguyên tắc bốn mắt).');
      }
      return ok(ctx.previouslyRecognised ? 'maintained' : 'recognised');
    case 'not_propose':
    case 'reject':
    case 'revoke':
      if (!event.reason || event.reason.trim().length < 5) {
        return err('reason-required', `Cần ghi lý do ${eventLabels[event.type]} (ít nhất 5 ký tự).`);
      }
      break;
    default:
      break;
  }
  return ok(t.to === 'same' ? state : t.to);
}
