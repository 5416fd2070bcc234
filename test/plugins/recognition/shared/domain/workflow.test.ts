import { describe, expect, it } from 'vitest';
import {
  actsOnBehalf,
  allowedEvents,
  eventTypes,
  states,
  type Actor,
  type EventType,
  type State,
  type WorkflowContext,
  type WorkflowEvent,
} from '../../../../../plugins/recognition/shared/domain/workflow';
import { applyEvent } from '../../../../../plugins/recognition/shared/domain/workflow-steps';

const officer: Actor = { id: 'u1', role: 'unit_officer', unitId: 'unit-A' };
const secretariat: Actor = { id: 's1', role: 'secretariat' };
const council: Actor = { id: 'c1', role: 'council_member' };
const approver: Actor = { id: 'a1', role: 'approver', personId: 'person-a1' };
const editor: Actor = { id: 'e1', role: 'editor' };

/** Who performs each event in the table. */
const performer: Record<EventType, Actor> = {
  register: officer,
  propose_selection: secretariat,
  select: approver,
  not_select: approver,
  self_assess: officer,
  forecast: officer,
  submit: officer,
  start_appraisal: secretariat,
  declare_conflict: council,
  council_score: council,
  reopen_scoring: secretariat,
  propose: secretariat,
  not_propose: secretariat,
  recognise: approver,
  reject: approver,
  revoke: approver,
  file_minutes: secretariat,
};

const eventOf = (type: EventType): WorkflowEvent =>
  ({ type, reason: 'Lý do đầy đủ' }) as WorkflowEvent;
const ctx = (actor: Actor, extra: Partial<WorkflowContext> = {}): WorkflowContext => ({
  now: new Date('2026-06-01T00:00:00Z'),
  actor,
  unitId: 'unit-A',
  ...extra,
});

/** The specification, written out: state × event → next state; every other cell is refused. */
const expected: Record<State, Partial<Record<EventType, State>>> = {
  none: { register: 'registered' },
  registered: {
    self_assess: 'self_assessed',
    forecast: 'registered',
    propose_selection: 'selection_proposed',
  },
  selection_proposed: {
    propose_selection: 'selection_proposed',
    select: 'selected',
    not_select: 'not_selected',
  },
  selected: { self_assess: 'self_assessed', forecast: 'selected' },
  not_selected: {},
  self_assessed: { self_assess: 'self_assessed', forecast: 'self_assessed', submit: 'submitted' },
  submitted: { start_appraisal: 'under_appraisal', forecast: 'submitted' },
  under_appraisal: {
    forecast: 'under_appraisal',
    declare_conflict: 'under_appraisal',
    council_score: 'under_appraisal',
    reopen_scoring: 'under_appraisal',
    propose: 'proposed',
    not_propose: 'not_proposed',
    file_minutes: 'under_appraisal',
  },
  // The council's issued minutes are filed into every dossier it voted on, whatever came of it.
  proposed: { recognise: 'recognised', reject: 'rejected', file_minutes: 'proposed' },
  not_proposed: { file_minutes: 'not_proposed' },
  recognised: { revoke: 'revoked', file_minutes: 'recognised' },
  maintained: { revoke: 'revoked', file_minutes: 'maintained' },
  rejected: { file_minutes: 'rejected' },
  revoked: {},
};

const selectionSteps: readonly EventType[] = ['propose_selection', 'select', 'not_select'];

/** The refusal a cell gets when the table has no next state for it, in a plan with or without selection. */
function refusedAs(state: State, type: EventType, selection: boolean): string {
  const open = Object.values(expected).some((row) => row[type] !== undefined);
  const fromOk =
    expected[state][type] !== undefined || (type === 'self_assess' && state === 'registered');
  if (!open || !fromOk) return 'invalid-transition';
  if (selectionSteps.includes(type) && !selection) return 'no-selection-step';
  if ((type === 'self_assess' || type === 'forecast') && state === 'registered' && selection)
    return 'not-selected-yet';
  return 'invalid-transition';
}

describe.each([false, true])(
  'the registration state machine: every state × event (plan with selection: %s)',
  (selection) => {
    const cells = states.flatMap((s) => eventTypes.map((e) => [s, e] as const));
    it('covers 14 states × 17 events', () => expect(cells).toHaveLength(238));

    it.each(cells)('%s + %s', (state, type) => {
      // Reopening scoring voids a vote: the cell is taken with one recorded.
      const result = applyEvent(
        state,
        eventOf(type),
        ctx(performer[type], {
          selection,
          ...(type === 'reopen_scoring' ? { voteRecorded: true } : {}),
        }),
      );
      let next = expected[state][type];
      if (!selection && selectionSteps.includes(type)) next = undefined;
      if (selection && state === 'registered' && (type === 'self_assess' || type === 'forecast'))
        next = undefined;
      const allowed = allowedEvents(state, performer[type], 'unit-A', { selection });
      if (next) {
        expect(result).toEqual({ ok: true, value: next });
        expect(allowed).toContain(type);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe(refusedAs(state, type, selection));
        expect(allowed).not.toContain(type);
      }
    });
  },
);

describe('roles', () => {
  it.each([
    ['register', council],
    ['self_assess', council],
    ['submit', council],
    ['submit', approver],
    ['start_appraisal', officer],
    ['council_score', approver],
    ['propose', council],
    ['recognise', secretariat],
    ['recognise', editor],
    ['revoke', officer],
  ] as const)('refuses %s by %o with forbidden-role', (type, actor) => {
    const from = (Object.keys(expected) as State[]).find((s) => expected[s][type])!;
    const r = applyEvent(from, eventOf(type), ctx(actor));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden-role' } });
  });

  it('keeps a unit officer to their own unit', () => {
    const other: Actor = { id: 'u2', role: 'unit_officer', unitId: 'unit-B' };
    expect(applyEvent('registered', { type: 'self_assess' }, ctx(other))).toMatchObject({
      ok: false,
      error: { code: 'not-own-unit' },
    });
    expect(allowedEvents('registered', other, 'unit-A')).toEqual([]);
    expect(allowedEvents('registered', officer, 'unit-A')).toEqual(['self_assess', 'forecast']);
  });

  it('lets the secretariat take a unit’s own steps on its behalf (the paper path), and no council or approver step of the unit', () => {
    expect(applyEvent('registered', { type: 'self_assess' }, ctx(secretariat))).toEqual({
      ok: true,
      value: 'self_assessed',
    });
    expect(applyEvent('self_assessed', { type: 'submit' }, ctx(secretariat))).toEqual({
      ok: true,
      value: 'submitted',
    });
    expect(actsOnBehalf(secretariat, 'submit')).toBe(true);
    expect(actsOnBehalf(secretariat, 'start_appraisal')).toBe(false);
    expect(actsOnBehalf(officer, 'submit')).toBe(false);
  });

  it('gives the editor no workflow event', () => {
    for (const s of states) expect(allowedEvents(s, editor, 'unit-A')).toEqual([]);
  });
});

describe('guards', () => {
  const deadline = { label: 'Đăng ký xây dựng điển hình', clause: 'II.2', date: '2026-01-10' };

  it('allows registration until the end of the deadline day in Vietnam time', () => {
    const lastMinute = new Date('2026-01-10T16:59:59Z'); // 23:59:59 in Hà Nội
    expect(
      applyEvent('none', { type: 'register' }, ctx(officer, { now: lastMinute, deadline })).ok,
    ).toBe(true);
  });

  it('refuses a late registration naming the deadline and the plan clause', () => {
    const late = new Date('2026-01-10T17:00:00Z'); // 00:00 on 11/01 in Hà Nội
    const r = applyEvent('none', { type: 'register' }, ctx(officer, { now: late, deadline }));
    expect(r).toMatchObject({ ok: false, error: { code: 'deadline-passed' } });
    if (!r.ok) {
      expect(r.error.message).toContain('10/01/2026');
      expect(r.error.message).toContain('mục II.2');
    }
  });

  it('reads "trước ngày 10/01" as the plan says: with "day_before", the 10th itself is late, its extension still whole', () => {
    const morning = new Date('2026-01-10T01:00:00Z'); // 08:00 on 10/01 in Hà Nội
    const dayBefore = { ...deadline, reading: 'day_before' as const };
    const lastMinute = new Date('2026-01-09T16:59:59Z'); // 23:59:59 on 09/01 in Hà Nội
    expect(
      applyEvent(
        'none',
        { type: 'register' },
        ctx(officer, { now: lastMinute, deadline: dayBefore }),
      ).ok,
    ).toBe(true);
    expect(
      applyEvent('none', { type: 'register' }, ctx(officer, { now: morning, deadline: dayBefore })),
    ).toMatchObject({ ok: false, error: { code: 'deadline-passed' } });
    expect(
      applyEvent('none', { type: 'register' }, ctx(officer, { now: morning, deadline })).ok,
    ).toBe(true);
    const extended = { ...dayBefore, extendedUntil: '2026-01-12' };
    expect(
      applyEvent(
        'none',
        { type: 'register' },
        ctx(officer, { now: new Date('2026-01-12T16:00:00Z'), deadline: extended }),
      ).ok,
    ).toBe(true);
  });

  it('accepts a late action within a recorded extension, and names the extension when it too has passed', () => {
    const now = new Date('2026-01-15T03:00:00Z');
    expect(
      applyEvent(
        'none',
        { type: 'register' },
        ctx(officer, { now, deadline: { ...deadline, extendedUntil: '2026-01-20' } }),
      ).ok,
    ).toBe(true);
    const r = applyEvent(
      'none',
      { type: 'register' },
      ctx(officer, { now, deadline: { ...deadline, extendedUntil: '2026-01-12' } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('gia hạn đến 12/01/2026');
  });

  it('refuses an ineligible unit with the reasons', () => {
    const r = applyEvent(
      'none',
      { type: 'register' },
      ctx(officer, { eligibility: { ok: false, reasons: ['phong trào năm 2025 xếp loại Khá'] } }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'ineligible' } });
    if (!r.ok) expect(r.error.message).toContain('xếp loại Khá');
  });

  it('refuses to submit with missing self-scores or dossier parts', () => {
    expect(
      applyEvent('self_assessed', { type: 'submit' }, ctx(officer, { missingSelfScores: ['1.1'] })),
    ).toMatchObject({ ok: false, error: { code: 'scores-incomplete' } });
    const r = applyEvent(
      'self_assessed',
      { type: 'submit' },
      ctx(officer, { missingDossierParts: ['Tờ trình'] }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'dossier-incomplete' } });
    if (!r.ok) expect(r.error.message).toContain('Tờ trình');
    const e = applyEvent(
      'self_assessed',
      { type: 'submit' },
      ctx(officer, { missingEvidence: ['1.1', '2.3'] }),
    );
    expect(e).toMatchObject({
      ok: false,
      error: { code: 'evidence-missing', details: { missing: ['1.1', '2.3'] } },
    });
    if (!e.ok) expect(e.error.message).toContain('1.1, 2.3');
  });

  it('blocks a council member with a declared conflict of interest', () => {
    expect(
      applyEvent(
        'under_appraisal',
        { type: 'council_score' },
        ctx(council, { conflictedUserIds: ['c1'] }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict-of-interest' },
    });
    expect(
      applyEvent(
        'under_appraisal',
        { type: 'council_score' },
        ctx(council, { conflictedUserIds: ['c9'] }),
      ).ok,
    ).toBe(true);
  });

  it('applies four eyes by person, never by address: the same e-mail is not the same person, a changed one changes nothing', () => {
    const scored = [{ personId: 'person-a1', duty: 'scored' as const }];
    expect(
      applyEvent('proposed', { type: 'recognise' }, ctx(approver, { priorDuties: scored })),
    ).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    expect(
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx({ ...approver, id: 'new@x' }, { priorDuties: scored }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    expect(
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx(approver, { priorDuties: [{ personId: 'person-x', duty: 'scored' }] }),
      ).ok,
    ).toBe(true);
  });

  it('locks council marks once the council has voted, until the secretariat reopens scoring', () => {
    for (const type of ['council_score', 'declare_conflict'] as const) {
      expect(
        applyEvent('under_appraisal', eventOf(type), ctx(council, { voteRecorded: true })),
      ).toMatchObject({ ok: false, error: { code: 'marks-locked' } });
      expect(
        applyEvent('under_appraisal', eventOf(type), ctx(council, { voteRecorded: false })).ok,
      ).toBe(true);
    }
    expect(
      applyEvent(
        'under_appraisal',
        { type: 'reopen_scoring', reason: 'Cần chấm lại' },
        ctx(secretariat, { voteRecorded: false }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-transition' } });
    expect(
      applyEvent(
        'under_appraisal',
        { type: 'reopen_scoring' },
        ctx(secretariat, { voteRecorded: true }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'reason-required' } });
  });

  it('separates duties by person: whoever scored, recorded the vote or proposed cannot recognise, through any account', () => {
    const p = { ...approver, personId: 'person-1' };
    expect(
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx(p, { priorDuties: [{ personId: 'person-1', duty: 'scored' }] }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    for (const duty of ['voted', 'proposed'] as const) {
      expect(
        applyEvent(
          'proposed',
          { type: 'recognise' },
          ctx(p, { priorDuties: [{ personId: 'person-1', duty }] }),
        ),
      ).toMatchObject({ ok: false, error: { code: 'separation-of-duties', details: { duty } } });
    }
    expect(
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx(p, { priorDuties: [{ personId: 'person-2', duty: 'proposed' }] }),
      ).ok,
    ).toBe(true);
    // An actor without a person record cannot be told apart from whoever scored: refused.
    expect(
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx({ id: 'a2', role: 'approver' }, { priorDuties: [] }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
  });

  it('recognises a unit already recognised in an earlier year as maintained', () => {
    expect(
      applyEvent('proposed', { type: 'recognise' }, ctx(approver, { previouslyRecognised: true })),
    ).toEqual({ ok: true, value: 'maintained' });
  });

  it.each(['revoke', 'reject', 'not_propose', 'declare_conflict'] as const)(
    'requires a reason to %s',
    (type) => {
      const from = (Object.keys(expected) as State[]).find((s) => expected[s][type])!;
      expect(applyEvent(from, { type, reason: '  ' }, ctx(performer[type]))).toMatchObject({
        ok: false,
        error: { code: 'reason-required' },
      });
    },
  );
});

describe('the year gate: nothing after registration before the year begins', () => {
  const nov2026 = new Date('2026-11-28T03:00:00Z');
  it('lets a unit register ahead of its year', () => {
    expect(
      applyEvent('none', { type: 'register' }, ctx(officer, { now: nov2026, year: 2027 })).ok,
    ).toBe(true);
  });
  it.each([
    ['registered', 'self_assess'],
    ['self_assessed', 'submit'],
    ['submitted', 'start_appraisal'],
    ['under_appraisal', 'council_score'],
    ['under_appraisal', 'propose'],
    ['proposed', 'recognise'],
    ['proposed', 'reject'],
  ] as const)('refuses %s + %s for 2027 in November 2026, naming the year', (state, type) => {
    const r = applyEvent(state, eventOf(type), ctx(performer[type], { now: nov2026, year: 2027 }));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'year-not-started', details: { year: 2027 } },
    });
    if (!r.ok) expect(r.error.message).toContain('Năm 2027 chưa bắt đầu');
  });
  it('names the year before anything else: recognising a 2027 registration in 2026 says the year has not begun', () => {
    const r = applyEvent(
      'registered',
      { type: 'recognise' },
      ctx(approver, { now: nov2026, year: 2027 }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'year-not-started' } });
    if (!r.ok)
      expect(r.error.message).toBe(
        'Năm 2027 chưa bắt đầu: chỉ được công nhận cho năm 2027 từ ngày 01/01/2027.',
      );
  });
  it('offers no step of a year before it begins, and every step once it has', () => {
    expect(allowedEvents('registered', officer, 'unit-A', { now: nov2026, year: 2027 })).toEqual(
      [],
    );
    expect(
      allowedEvents('registered', officer, 'unit-A', {
        now: new Date('2027-01-02T03:00:00Z'),
        year: 2027,
      }),
    ).toEqual(['self_assess', 'forecast']);
    expect(allowedEvents('none', officer, 'unit-A', { now: nov2026, year: 2027 })).toEqual([
      'register',
    ]);
  });
  it('opens the year at midnight of 1 January, Vietnam time', () => {
    const r = (iso: string) =>
      applyEvent(
        'proposed',
        { type: 'recognise' },
        ctx(approver, { now: new Date(iso), year: 2027 }),
      ).ok;
    expect(r('2026-12-31T16:59:59Z')).toBe(false);
    expect(r('2026-12-31T17:00:00Z')).toBe(true);
  });
});

describe('the proposal gate', () => {
  const sec = (extra: Partial<WorkflowContext>) =>
    applyEvent('under_appraisal', { type: 'propose' }, ctx(secretariat, extra));
  it.each([
    [{ councilRequired: true, vote: null }, 'vote-required'],
    [{ councilRequired: true, vote: { for: 2, against: 2, abstain: 0 } }, 'vote-required'],
    [
      {
        councilRequired: true,
        vote: { for: 3, against: 0, abstain: 0 },
        councilGaps: [{ member: 'hd2@x', criteria: ['1.1'] }],
      },
      'council-incomplete',
    ],
    [
      {
        councilRequired: true,
        vote: { for: 3, against: 0, abstain: 0 },
        thresholdFailures: ['không đạt tiêu chí loại trừ 1.1 "An toàn"'],
      },
      'threshold-not-met',
    ],
    [
      { councilRequired: false, thresholdFailures: ['tổng điểm 40 thấp hơn ngưỡng công nhận 80'] },
      'threshold-not-met',
    ],
  ] as [Partial<WorkflowContext>, string][])('refuses %o with %s', (extra, code) => {
    expect(sec(extra)).toMatchObject({ ok: false, error: { code } });
  });
  it('names each failed criterion in the refusal', () => {
    const r = sec({
      thresholdFailures: [
        'không đạt tiêu chí loại trừ 1.1 "An toàn"',
        'chưa đạt tiêu chí bắt buộc 2.3 "Mô hình"',
      ],
    });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.message).toContain('1.1 "An toàn"');
    expect(r.error.message).toContain('2.3 "Mô hình"');
  });
  it('proposes with a carried vote, a complete council and the threshold met', () => {
    expect(
      sec({
        councilRequired: true,
        vote: { for: 3, against: 1, abstain: 0 },
        councilGaps: [],
        thresholdFailures: [],
      }),
    ).toEqual({ ok: true, value: 'proposed' });
  });
});

describe('allowedEvents', () => {
  it('hides scoring from a member who declared a conflict, and keeps it for the others', () => {
    expect(
      allowedEvents('under_appraisal', council, 'unit-A', { conflictedUserIds: ['c1'] }),
    ).toEqual(['declare_conflict']);
    expect(
      allowedEvents('under_appraisal', council, 'unit-A', { conflictedUserIds: ['c9'] }),
    ).toEqual(['declare_conflict', 'council_score']);
  });
});
