import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  eventTypes,
  states,
  type Actor,
  type EventType,
  type State,
  type WorkflowContext,
  type WorkflowEvent,
} from '../../../../../../plugins/recognition/server/src/domain/workflow';

const officer: Actor = { id: 'u1', role: 'unit_officer', unitId: 'unit-A' };
const secretariat: Actor = { id: 's1', role: 'secretariat' };
const council: Actor = { id: 'c1', role: 'council_member' };
const approver: Actor = { id: 'a1', role: 'approver' };
const editor: Actor = { id: 'e1', role: 'editor' };

/** Who performs each event in the table. */
const performer: Record<EventType, Actor> = {
  register: officer,
  self_assess: officer,
  submit: officer,
  start_appraisal: secretariat,
  council_score: council,
  propose: secretariat,
  not_propose: secretariat,
  recognise: approver,
  reject: approver,
  revoke: approver,
};

const eventOf = (type: EventType): WorkflowEvent => ({ type, reason: 'Lý do đầy đủ' }) as WorkflowEvent;
const ctx = (actor: Actor, extra: Partial<WorkflowContext> = {}): WorkflowContext => ({ now: new Date('2026-06-01T00:00:00Z'), actor, unitId: 'unit-A', ...extra });

/** The specification, written out: state × event → next state; every other cell is refused. */
const expected: Record<State, Partial<Record<EventType, State>>> = {
  none: { register: 'registered' },
  registered: { self_assess: 'self_assessed' },
  self_assessed: { self_assess: 'self_assessed', submit: 'submitted' },
  submitted: { start_appraisal: 'under_appraisal' },
  under_appraisal: { council_score: 'under_appraisal', propose: 'proposed', not_propose: 'not_proposed' },
  proposed: { recognise: 'recognised', reject: 'rejected' },
  not_proposed: {},
  recognised: { revoke: 'revoked' },
  maintained: { revoke: 'revoked' },
  rejected: {},
  revoked: {},
};

describe('the registration state machine: every state × event', () => {
  const cells = states.flatMap((s) => eventTypes.map((e) => [s, e] as const));
  it('covers 11 states × 10 events', () => expect(cells).toHaveLength(110));

  it.each(cells)('%s + %s', (state, type) => {
    const result = applyEvent(state, eventOf(type), ctx(performer[type]));
    const next = expected[state][type];
    if (next) {
      expect(result).toEqual({ ok: true, value: next });
      expect(allowedEvents(state, performer[type], 'unit-A')).toContain(type);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-transition');
      expect(allowedEvents(state, performer[type], 'unit-A')).not.toContain(type);
    }
  });
});

describe('roles', () => {
  it.each([
    ['register', council],
    ['self_assess', secretariat],
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
    expect(applyEvent('registered', { type: 'self_assess' }, ctx(other))).toMatchObject({ ok: false, error: { code: 'not-own-unit' } });
    expect(allowedEvents('registered', other, 'unit-A')).toEqual([]);
    expect(allowedEvents('registered', officer, 'unit-A')).toEqual(['self_assess']);
  });

  it('gives the editor no workflow event', () => {
    for (const s of states) expect(allowedEvents(s, editor, 'unit-A')).toEqual([]);
  });
});

describe('guards', () => {
  const deadline = { label: 'Đăng ký xây dựng điển hình', clause: 'II.2', date: '2026-01-10' };

  it('allows registration until the end of the deadline day in Vietnam time', () => {
    const lastMinute = new Date('2026-01-10T16:59:59Z'); // 23:59:59 in Hà Nội
    expect(applyEvent('none', { type: 'register' }, ctx(officer, { now: lastMinute, deadline })).ok).toBe(true);
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

  it('accepts a late action within a recorded extension, and names the extension when it too has passed', () => {
    const now = new Date('2026-01-15T03:00:00Z');
    expect(applyEvent('none', { type: 'register' }, ctx(officer, { now, deadline: { ...deadline, extendedUntil: '2026-01-20' } })).ok).toBe(true);
    const r = applyEvent('none', { type: 'register' }, ctx(officer, { now, deadline: { ...deadline, extendedUntil: '2026-01-12' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('gia hạn đến 12/01/2026');
  });

  it('refuses an ineligible unit with the reasons', () => {
    const r = applyEvent('none', { type: 'register' }, ctx(officer, { eligibility: { ok: false, reasons: ['phong trào năm 2025 xếp loại Khá'] } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'ineligible' } });
    if (!r.ok) expect(r.error.message).toContain('xếp loại Khá');
  });

  it('refuses to submit with missing self-scores or dossier parts', () => {
    expect(applyEvent('self_assessed', { type: 'submit' }, ctx(officer, { missingSelfScores: ['1.1'] }))).toMatchObject({ ok: false, error: { code: 'scores-incomplete' } });
    const r = applyEvent('self_assessed', { type: 'submit' }, ctx(officer, { missingDossierParts: ['Tờ trình'] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'dossier-incomplete' } });
    if (!r.ok) expect(r.error.message).toContain('Tờ trình');
  });

  it('blocks a council member with a declared conflict of interest', () => {
    expect(applyEvent('under_appraisal', { type: 'council_score' }, ctx(council, { conflictedUserIds: ['c1'] }))).toMatchObject({
      ok: false,
      error: { code: 'conflict-of-interest' },
    });
    expect(applyEvent('under_appraisal', { type: 'council_score' }, ctx(council, { conflictedUserIds: ['c9'] })).ok).toBe(true);
  });

  it('applies four eyes: an approver who scored the unit cannot recognise it', () => {
    expect(applyEvent('proposed', { type: 'recognise' }, ctx(approver, { scorerUserIds: ['a1'] }))).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
  });

  it('recognises a unit already recognised in an earlier year as maintained', () => {
    expect(applyEvent('proposed', { type: 'recognise' }, ctx(approver, { previouslyRecognised: true }))).toEqual({ ok: true, value: 'maintained' });
  });

  it.each(['revoke', 'reject', 'not_propose'] as const)('requires a reason to %s', (type) => {
    const from = (Object.keys(expected) as State[]).find((s) => expected[s][type])!;
    expect(applyEvent(from, { type, reason: '  ' }, ctx(performer[type]))).toMatchObject({ ok: false, error: { code: 'reason-required' } });
  });
});
