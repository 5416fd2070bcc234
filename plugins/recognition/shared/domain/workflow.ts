// The one state machine of a unit's registration in a year. applyEvent decides every step and
// its guards; allowedEvents tells the admin, the portal and the route policies what an actor may
// do. No other file decides a registration's state.
import { err, ok, type Result, type WorkflowError } from './errors';
import { beforeYear, displayDate } from './vietnam-time';
import { gapsInWords, voteCarries, type MemberGap, type Vote } from './council';
import {
  eventLabels,
  eventTypes,
  roleLabels,
  stateLabels,
  type EventType,
  type Role,
  type State,
} from './states';

export {
  eventLabels,
  eventTypes,
  roleLabels,
  roles,
  stateLabels,
  states,
  type EventType,
  type Role,
  type State,
} from './states';

/** Who acts: `id` names the account (its e-mail); `personId` the person behind every account they hold. */
export type Actor = { id: string; role: Role; unitId?: string; personId?: string };

/** What a person already did on a registration, which bars them from recognising it. */
export type PriorDuty = { personId: string; duty: 'scored' | 'voted' | 'proposed' };
const dutyLabels: Record<PriorDuty['duty'], string> = {
  scored: 'chấm điểm thẩm định',
  voted: 'ghi biểu quyết của hội đồng về',
  proposed: 'đề nghị công nhận',
};

export type WorkflowEvent =
  | { type: 'register' }
  | { type: 'self_assess' }
  | { type: 'submit' }
  | { type: 'start_appraisal' }
  | { type: 'declare_conflict'; reason?: string }
  | { type: 'council_score' }
  | { type: 'reopen_scoring'; reason?: string }
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
  /** The year the registration is for: every step after registering waits for it to begin. */
  year?: number;
  /** Deadline that applies to this event, if the plan sets one. */
  deadline?: DeadlineGate;
  /** Eligibility for registering (plan rule + previous-year result). */
  eligibility?: { ok: true } | { ok: false; reasons: string[] };
  /** Dossier parts the plan requires but the unit has not supplied. */
  missingDossierParts?: string[];
  /** Criteria the plan requires evidence for that have none. */
  missingEvidence?: string[];
  /** Criteria without a self-score. */
  missingSelfScores?: string[];
  /** Users who declared a conflict of interest for this registration. */
  conflictedUserIds?: string[];
  /** Recognition: the people who scored, recorded the vote on or proposed this registration. */
  priorDuties?: PriorDuty[];
  /** Whether the unit holds a recognition from an earlier year that was not revoked. */
  previouslyRecognised?: boolean;
  /** Proposal: why the assessed marks (the council's, or the unit's own without a council) miss the threshold. */
  thresholdFailures?: string[];
  /** Proposal: whether the council must have voted (the plan uses one, or one was set up). */
  councilRequired?: boolean;
  /** Proposal: the council's last vote on this dossier. */
  vote?: Vote | null;
  /** Council scoring and conflicts: the council has recorded a vote on this dossier that was not voided. */
  voteRecorded?: boolean;
  /** Proposal: council members without a conflict who have not marked every criterion, with those criteria. */
  councilGaps?: MemberGap[];
};

type Transition = { from: readonly State[]; to: State | 'same'; roles: readonly Role[] };

/** Every transition the machine knows: the table the tests walk through. */
export const transitions: Record<EventType, Transition> = {
  register: { from: ['none'], to: 'registered', roles: ['unit_officer', 'secretariat'] },
  // The secretariat may take a unit's own steps for it, from the papers the unit sent (the paper path).
  self_assess: {
    from: ['registered', 'self_assessed'],
    to: 'self_assessed',
    roles: ['unit_officer', 'secretariat'],
  },
  submit: { from: ['self_assessed'], to: 'submitted', roles: ['unit_officer', 'secretariat'] },
  start_appraisal: { from: ['submitted'], to: 'under_appraisal', roles: ['secretariat'] },
  declare_conflict: { from: ['under_appraisal'], to: 'same', roles: ['council_member'] },
  council_score: { from: ['under_appraisal'], to: 'same', roles: ['council_member'] },
  reopen_scoring: { from: ['under_appraisal'], to: 'same', roles: ['secretariat'] },
  propose: { from: ['under_appraisal'], to: 'proposed', roles: ['secretariat'] },
  not_propose: { from: ['under_appraisal'], to: 'not_proposed', roles: ['secretariat'] },
  recognise: { from: ['proposed'], to: 'recognised', roles: ['approver'] },
  reject: { from: ['proposed'], to: 'rejected', roles: ['approver'] },
  revoke: { from: ['recognised', 'maintained'], to: 'revoked', roles: ['approver'] },
};

/** A unit's own steps taken by the secretariat for it: recorded in the audit log as done on the unit's behalf. */
export const unitSteps: readonly EventType[] = ['register', 'self_assess', 'submit'];
export const actsOnBehalf = (actor: Actor, event: EventType) =>
  actor.role === 'secretariat' && unitSteps.includes(event);

/** Roles that may perform an event: the one table the policies and the role set-up derive from. */
export const rolesFor = (event: EventType): readonly Role[] => transitions[event].roles;

/** What every list knows about a registration besides its state: enough to hide what the machine would refuse. */
export type Facts = { conflictedUserIds?: string[]; now?: Date; year?: number };

/**
 * Why this actor may not apply this event in this state, judged on role, own unit, the year
 * having begun, state and own conflict (the facts every list knows); null when it is open to them.
 */
export function refusal(
  state: State,
  type: EventType,
  actor: Actor,
  unitId?: string,
  facts: Facts = {},
): WorkflowError | null {
  const t = transitions[type];
  if (!t.roles.includes(actor.role))
    return {
      code: 'forbidden-role',
      message: `Vai trò ${roleLabels[actor.role]} không được ${eventLabels[type]}.`,
      details: { allowed: [...t.roles] },
    };
  if (actor.role === 'unit_officer' && (unitId === undefined || actor.unitId !== unitId))
    return {
      code: 'not-own-unit',
      message: 'Cán bộ đơn vị chỉ thao tác trên hồ sơ của đơn vị mình.',
    };
  // A unit may register ahead of its year; every later step belongs to the year itself, so
  // nothing (and no decision) is dated before the year it is about.
  if (
    type !== 'register' &&
    facts.now &&
    facts.year !== undefined &&
    beforeYear(facts.now, facts.year)
  ) {
    return {
      code: 'year-not-started',
      message: `Năm ${facts.year} chưa bắt đầu: chỉ được ${eventLabels[type]} cho năm ${facts.year} từ ngày 01/01/${facts.year}.`,
      details: { year: facts.year },
    };
  }
  if (!t.from.includes(state))
    return {
      code: 'invalid-transition',
      message: `Không thể ${eventLabels[type]} khi hồ sơ ${lowerFirst(stateLabels[state])}.`,
      details: { state, event: type },
    };
  if (type === 'council_score' && facts.conflictedUserIds?.includes(actor.id)) {
    return {
      code: 'conflict-of-interest',
      message: 'Thành viên đã khai báo xung đột lợi ích với đơn vị này nên không được chấm điểm.',
    };
  }
  return null;
}

/** Events this actor may apply to a registration in this state: what buttons and policies show. */
export function allowedEvents(
  state: State,
  actor: Actor,
  unitId?: string,
  facts: Facts = {},
): EventType[] {
  return eventTypes.filter((type) => refusal(state, type, actor, unitId, facts) === null);
}

/** End of the deadline's day in Vietnam (UTC+7): "trước ngày DD/MM" is read as "by the end of DD/MM". */
export function deadlineEnd(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
const needsReason: readonly EventType[] = [
  'declare_conflict',
  'reopen_scoring',
  'not_propose',
  'reject',
  'revoke',
];

function checkCommon(state: State, event: WorkflowEvent, ctx: WorkflowContext): Result<true> {
  const refused = refusal(state, event.type, ctx.actor, ctx.unitId, ctx);
  if (refused) return { ok: false, error: refused };
  if (ctx.deadline) {
    const until = ctx.deadline.extendedUntil ?? ctx.deadline.date;
    if (ctx.now.getTime() > deadlineEnd(until).getTime()) {
      const extended = ctx.deadline.extendedUntil
        ? ` (đã gia hạn đến ${displayDate(ctx.deadline.extendedUntil)})`
        : '';
      return err(
        'deadline-passed',
        `Đã quá thời hạn "${ctx.deadline.label}" ngày ${displayDate(ctx.deadline.date)}${extended} theo mục ${ctx.deadline.clause} của kế hoạch; cần người phê duyệt gia hạn.`,
        { deadline: ctx.deadline.date, clause: ctx.deadline.clause },
      );
    }
  }
  if (needsReason.includes(event.type)) {
    const reason = (event as { reason?: string }).reason;
    if (!reason || reason.trim().length < 5)
      return err('reason-required', `Cần ghi lý do ${eventLabels[event.type]} (ít nhất 5 ký tự).`);
  }
  return ok(true);
}

function checkProposal(ctx: WorkflowContext): Result<true> {
  if (ctx.councilRequired) {
    if (ctx.councilGaps?.length) {
      return err('council-incomplete', `Hội đồng chưa chấm đủ: ${gapsInWords(ctx.councilGaps)}.`, {
        members: ctx.councilGaps.map((g) => g.member),
        gaps: ctx.councilGaps,
      });
    }
    if (!voteCarries(ctx.vote)) {
      return err(
        'vote-required',
        'Chỉ đề nghị công nhận khi hội đồng thẩm định đã họp và biểu quyết tán thành đơn vị này (số tán thành nhiều hơn không tán thành).',
      );
    }
  }
  if (ctx.thresholdFailures?.length) {
    return err(
      'threshold-not-met',
      `Đơn vị chưa đạt ngưỡng công nhận của bộ tiêu chí: ${ctx.thresholdFailures.join('; ')}.`,
      { reasons: ctx.thresholdFailures },
    );
  }
  return ok(true);
}

export function applyEvent(
  state: State,
  event: WorkflowEvent,
  ctx: WorkflowContext,
): Result<State> {
  const common = checkCommon(state, event, ctx);
  if (!common.ok) return common;
  const t = transitions[event.type];
  const { actor } = ctx;
  switch (event.type) {
    case 'register':
      if (ctx.eligibility && !ctx.eligibility.ok) {
        return err(
          'ineligible',
          `Đơn vị chưa đủ điều kiện đăng ký: ${ctx.eligibility.reasons.join('; ')}.`,
          { reasons: ctx.eligibility.reasons },
        );
      }
      break;
    case 'submit':
      if (ctx.missingSelfScores?.length) {
        return err(
          'scores-incomplete',
          `Chưa tự chấm điểm các tiêu chí: ${ctx.missingSelfScores.join(', ')}.`,
          { missing: ctx.missingSelfScores },
        );
      }
      if (ctx.missingDossierParts?.length) {
        return err(
          'dossier-incomplete',
          `Hồ sơ còn thiếu: ${ctx.missingDossierParts.join('; ')}.`,
          { missing: ctx.missingDossierParts },
        );
      }
      if (ctx.missingEvidence?.length) {
        return err(
          'evidence-missing',
          `Chưa có minh chứng cho các tiêu chí kế hoạch yêu cầu minh chứng: ${ctx.missingEvidence.join(', ')}.`,
          { missing: ctx.missingEvidence },
        );
      }
      break;
    case 'council_score':
    case 'declare_conflict':
      // The vote was taken on these marks: they stay as voted until the secretariat reopens scoring (an audited act that voids the vote).
      if (ctx.voteRecorded) {
        return err(
          'marks-locked',
          'Hội đồng đã biểu quyết về hồ sơ này: điểm thẩm định đã khóa. Thư ký phải mở lại chấm điểm (hủy biểu quyết) trước khi sửa.',
        );
      }
      break;
    case 'reopen_scoring':
      if (!ctx.voteRecorded)
        return err(
          'invalid-transition',
          'Hồ sơ chưa có biểu quyết nào của hội đồng để hủy; điểm thẩm định chưa khóa.',
        );
      break;
    case 'propose': {
      const gate = checkProposal(ctx);
      if (!gate.ok) return gate;
      break;
    }
    case 'recognise':
      // Persons, never addresses: an e-mail can be changed, a person cannot become someone else.
      if (!actor.personId)
        return err(
          'four-eyes',
          'Không xác định được người công nhận (tài khoản chưa gắn với người dùng hệ thống).',
        );
      if (ctx.priorDuties?.some((d) => d.duty === 'scored' && d.personId === actor.personId)) {
        return err(
          'four-eyes',
          'Người đã chấm điểm thẩm định đơn vị này không được công nhận đơn vị (nguyên tắc bốn mắt).',
        );
      }
      {
        // Separation of duties: one person, whichever of their accounts or roles they use, does one step.
        const prior = actor.personId
          ? ctx.priorDuties?.find((d) => d.personId === actor.personId)
          : undefined;
        if (prior)
          return err(
            'separation-of-duties',
            `Người đã ${dutyLabels[prior.duty]} hồ sơ này không được công nhận đơn vị (tách bạch nhiệm vụ: mỗi người chỉ làm một bước).`,
            { duty: prior.duty },
          );
      }
      return ok(ctx.previouslyRecognised ? 'maintained' : 'recognised');
    default:
      break;
  }
  return ok(t.to === 'same' ? state : t.to);
}
