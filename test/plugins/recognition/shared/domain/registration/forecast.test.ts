// The unit's expected-results report through the registration's decider: the outcomes open to it
// (a unit recognised before maintains), a reason when not this year, sent once.
import { describe, expect, it } from 'vitest';
import {
  decide,
  evolve,
  forecastOptions,
  type RegistrationCommand,
  type RegistrationRecord,
} from '../../../../../../plugins/recognition/shared/domain/registration';
import type { Actor } from '../../../../../../plugins/recognition/shared/domain/workflow';
import { dueReminders } from '../../../../../../plugins/recognition/shared/domain/reminders';

const officer: Actor = { id: 'canbo@x.vn', role: 'unit_officer', unitId: 'unit-A' };
const now = new Date('2026-10-15T03:00:00Z');
const record = (over: Partial<RegistrationRecord> = {}): RegistrationRecord => ({
  documentId: 'reg-1',
  year: 2026,
  unitId: 'unit-A',
  rules: {
    planDocumentId: 'plan-1',
    planNumber: '67/KH-UBND',
    publishedAt: null,
    calendar: [],
    eligibility: null,
    dossierParts: [],
    usesCouncil: false,
    selection: true,
    issuesCertificates: true,
    justificationGap: 2,
    signer: null,
  },
  criteriaSet: { code: 'BTC', groups: [], threshold: { minTotal: 0 } } as never,
  state: 'selected',
  selfMarks: {},
  selfTotal: null,
  councilTotal: null,
  dossier: {},
  evidence: {},
  conflicts: [],
  voidedVotes: [],
  stateReason: null,
  forecast: null,
  submittedAt: null,
  ...over,
});
const send = (
  r: RegistrationRecord,
  outcome: string,
  previouslyRecognised = false,
  note?: string,
  deadline?: string,
) => {
  const c = { type: 'forecast', outcome, note, previouslyRecognised } as RegistrationCommand;
  const gate = deadline ? { label: 'Dự kiến', clause: 'II.5.5', date: deadline } : undefined;
  return decide(r, c, { actor: officer, now, deadline: gate });
};

describe('the expected-results report', () => {
  it('offers a new unit to achieve, a unit recognised before to maintain, and both not this year', () => {
    expect(forecastOptions(false)).toEqual(['achieve', 'not_this_year']);
    expect(forecastOptions(true)).toEqual(['maintain', 'not_this_year']);
    expect(send(record(), 'maintain')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(send(record(), 'achieve', true)).toMatchObject({ ok: false });
  });

  it('keeps the outcome, the note and the day; a second report is refused', () => {
    const sent = send(record(), 'achieve', false, ' Đã hoàn thành 9/10 tiêu chí ');
    if (!sent.ok) throw new Error(sent.error.message);
    const after = sent.value.reduce(evolve, record());
    expect(after.forecast).toEqual({
      outcome: 'achieve',
      note: 'Đã hoàn thành 9/10 tiêu chí',
      at: now.toISOString(),
    });
    expect(after.state).toBe('selected');
    expect(send(after, 'not_this_year', false, 'Đổi ý')).toMatchObject({
      ok: false,
      error: { code: 'invalid-transition' },
    });
  });

  it('needs a reason for not this year, the plan’s date, and a selected unit', () => {
    expect(send(record(), 'not_this_year')).toMatchObject({ error: { code: 'reason-required' } });
    expect(send(record(), 'achieve', false, undefined, '2026-10-10')).toMatchObject({
      error: { code: 'deadline-passed' },
    });
    expect(send(record({ state: 'registered' }), 'achieve')).toMatchObject({
      error: { code: 'not-selected-yet' },
    });
  });

  it('stops reminding a unit of the report once it is sent', () => {
    const deadline = {
      kind: 'expected_results' as const,
      label: 'Báo cáo dự kiến',
      date: '2026-10-20',
      clause: 'II.5.5',
      appliesTo: 'all' as const,
      oneOff: false,
    };
    expect(dueReminders([deadline], 'self_assessed', '2026-10-13', [7])).toHaveLength(1);
    expect(dueReminders([deadline], 'self_assessed', '2026-10-13', [7], true)).toEqual([]);
  });
});
