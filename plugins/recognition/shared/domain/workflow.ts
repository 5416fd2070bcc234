// The one state machine of a unit's registration in a year. applyEvent decides every step and
// its guards; allowedEvents tells the admin, the portal and the route policies what an actor may
// do. No other file decides a registration's state.
import type { DeadlineReading } from './deadlines';
import type { WorkflowError } from './errors';
import { beforeYear } from './vietnam-time';
import type { MemberGap, Vote } from './council';
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

export type WorkflowEvent =
  | { type: 'register' }
  | { type: 'propose_selection'; reason?: string }
  | { type: 'select'; reason?: string }
  | { type: 'not_select'; reason?: string }
  | { type: 'self_assess' }
  | { type: 'forecast' }
  | { type: 'submit' }
  | { type: 'start_appraisal' }
  | { type: 'declare_conflict'; reason?: string }
  | { type: 'council_score' }
  | { type: 'reopen_scoring'; reason?: string }
  | { type: 'propose' }
  | { type: 'not_propose'; reason?: string }
  | { type: 'recognise' }
  | { type: 'reject'; reason?: string }
  | { type: 'revoke'; reason?: string }
  | { type: 'file_minutes' };

/** A deadline the event must meet, already resolved from the plan's calendar and any extension. */
export type DeadlineGate = {
  label: string;
  clause: string;
  date: string;
  extendedUntil?: string;
  /** The plan's reading of "trước ngày"; an extension's day is always allowed whole. */
  reading?: DeadlineReading;
};

export type WorkflowContext = {
  now: Date;
  /** The registration's plan has the selection step (its rules' `selection`). */
  selection?: boolean;
  /** The unit has sent its expected-results report. */
  forecastGiven?: boolean;
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
  // A commune registers the organisations it manages, a department the units it directs, as
  // the plans ask of them: on the unit's behalf, within their own scope.
  register: {
    from: ['none'],
    to: 'registered',
    roles: ['unit_officer', 'commune_officer', 'department_officer', 'secretariat'],
  },
  // Where the plan has the step, the police advise and the People's Committee decides which
  // registrants to build; the police may revise their advice until the decision.
  propose_selection: {
    from: ['registered', 'selection_proposed'],
    to: 'selection_proposed',
    roles: ['secretariat'],
  },
  select: { from: ['selection_proposed'], to: 'selected', roles: ['approver'] },
  not_select: { from: ['selection_proposed'], to: 'not_selected', roles: ['approver'] },
  // The secretariat may take a unit's own steps for it, from the papers the unit sent (the paper path).
  self_assess: {
    from: ['registered', 'selected', 'self_assessed'],
    to: 'self_assessed',
    roles: ['unit_officer', 'secretariat'],
  },
  // The unit's report of the result it expects (the plan's expected_results date), sent once.
  forecast: {
    from: ['registered', 'selected', 'self_assessed', 'submitted', 'under_appraisal'],
    to: 'same',
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
  // The council's minutes, once issued, complete each dossier it voted on (a part it provides).
  file_minutes: {
    from: ['under_appraisal', 'proposed', 'not_proposed', 'recognised', 'maintained', 'rejected'],
    to: 'same',
    roles: ['secretariat'],
  },
};

/** A unit's own steps taken by the secretariat for it: recorded in the audit log as done on the unit's behalf. */
export const unitSteps: readonly EventType[] = ['register', 'self_assess', 'forecast', 'submit'];
export const actsOnBehalf = (actor: Actor, event: EventType) =>
  (actor.role === 'secretariat' ||
    actor.role === 'commune_officer' ||
    actor.role === 'department_officer') &&
  unitSteps.includes(event);

/** Roles that may perform an event: the one table the policies and the role set-up derive from. */
export const rolesFor = (event: EventType): readonly Role[] => transitions[event].roles;

/** What every list knows about a registration besides its state: enough to hide what the machine would refuse. */
export type Facts = {
  conflictedUserIds?: string[];
  now?: Date;
  year?: number;
  /** The registration's plan has the selection step. */
  selection?: boolean;
  /** The unit has sent its expected-results report (once a year). */
  forecastGiven?: boolean;
};

const selectionEvents: readonly EventType[] = ['propose_selection', 'select', 'not_select'];

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
  if (selectionEvents.includes(type) && !facts.selection)
    return {
      code: 'no-selection-step',
      message: 'Kế hoạch áp dụng cho hồ sơ này không có bước lựa chọn đơn vị xây dựng điển hình.',
    };
  if ((type === 'self_assess' || type === 'forecast') && state === 'registered' && facts.selection)
    return {
      code: 'not-selected-yet',
      message:
        'Đơn vị chưa được Ủy ban nhân dân lựa chọn xây dựng điển hình: chỉ tự chấm điểm sau khi được lựa chọn.',
    };
  if (type === 'forecast' && facts.forecastGiven)
    return {
      code: 'invalid-transition',
      message: 'Đơn vị đã gửi báo cáo dự kiến kết quả của năm này.',
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

/**
 * The last instant a deadline allows, in Vietnam (UTC+7): "trước ngày DD/MM" read as the plan
 * says, by the end of DD/MM (the default) or by the end of the day before it.
 */
export function deadlineEnd(date: string, reading: DeadlineReading = 'end_of_day'): Date {
  const end = new Date(`${date}T23:59:59.999+07:00`);
  return reading === 'day_before' ? new Date(end.getTime() - 86_400_000) : end;
}

export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
