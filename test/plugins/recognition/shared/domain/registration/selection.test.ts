// The province's choice of a registrant, through the registration's decider: the police advise
// (and may revise), the People's Committee decides, and only a selected unit self-assesses.
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  decide,
  evolve,
  type RegistrationCommand,
  type RegistrationRecord,
} from '../../../../../../plugins/recognition/shared/domain/registration';
import type { PlanRules } from '../../../../../../plugins/recognition/shared/domain/plan-rules';
import type { Actor } from '../../../../../../plugins/recognition/shared/domain/workflow';

const officer: Actor = { id: 'canbo@x.vn', role: 'unit_officer', unitId: 'unit-A' };
const police: Actor = { id: 'thuky@x.vn', role: 'secretariat' };
const committee: Actor = { id: 'pheduyet@x.vn', role: 'approver', personId: 'p-1' };
const now = new Date('2027-01-25T03:00:00Z');

const rules = (selection: boolean): PlanRules => ({
  planDocumentId: 'plan-1',
  planNumber: '67/KH-UBND',
  publishedAt: null,
  calendar: [],
  eligibility: null,
  dossierParts: [],
  usesCouncil: false,
  selection,
  issuesCertificates: true,
  justificationGap: 2,
  signer: null,
});
const record = (over: Partial<RegistrationRecord> = {}): RegistrationRecord => ({
  documentId: 'reg-1',
  year: 2027,
  unitId: 'unit-A',
  rules: rules(true),
  criteriaSet: {
    code: 'BTC',
    groups: [
      {
        code: 'I',
        title: 'Nhóm I',
        criteria: [
          { code: '1', title: 'An toàn', scoring: 'pass_fail', mandatory: false, knockOut: false },
        ],
      },
    ],
    threshold: { minTotal: 0, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
  },
  state: 'registered',
  selfMarks: {},
  selfTotal: null,
  councilTotal: null,
  dossier: {},
  evidence: {},
  conflicts: [],
  voidedVotes: [],
  stateReason: null,
  selection: null,
  submittedAt: null,
  ...over,
});

/** Decide and evolve one command; the refusal's code when refused. */
function step(r: RegistrationRecord, c: RegistrationCommand, actor: Actor, deadline?: string) {
  const gate = deadline
    ? { label: 'Tham mưu lựa chọn', clause: 'II.1', date: deadline }
    : undefined;
  const decided = decide(r, c, { actor, now, deadline: gate });
  if (!decided.ok) return { code: decided.error.code, record: r };
  return { code: null, record: decided.value.reduce(evolve, r), events: decided.value };
}
const selfScore: RegistrationCommand = { type: 'self_assess', input: { '1': { passed: true } } };

describe('selection of registrants', () => {
  it('keeps a registrant from self-assessing until it is selected', () => {
    expect(step(record(), selfScore, officer).code).toBe('not-selected-yet');
    expect(step(record({ rules: rules(false) }), selfScore, officer).code).toBeNull();
  });

  it('records the advice, lets the police revise it, then the decision; the unit then self-assesses', () => {
    const advised = step(
      record(),
      { type: 'propose_selection', advice: 'not_select', reason: 'Chưa đạt An toàn năm trước' },
      police,
    );
    expect(advised.code).toBeNull();
    expect(advised.record.state).toBe('selection_proposed');
    const revised = step(
      advised.record,
      { type: 'propose_selection', advice: 'select', reason: 'Đạt An toàn, xếp loại Khá' },
      police,
    );
    expect(revised.record.selection).toMatchObject({ advice: 'select', decision: null });
    const selected = step(revised.record, { type: 'select' }, committee);
    expect(selected.record.state).toBe('selected');
    expect(selected.record.selection).toMatchObject({
      advice: 'select',
      adviceReason: 'Đạt An toàn, xếp loại Khá',
      decision: 'selected',
      decidedAt: now.toISOString(),
    });
    expect(Object.keys(changedFields(revised.record, selected.record).changed).sort()).toEqual([
      'selection',
      'state',
    ]);
    expect(step(selected.record, selfScore, officer).record.state).toBe('self_assessed');
  });

  it('needs a reason not to select, tells it as the state reason, and closes the year', () => {
    const advised = step(
      record(),
      { type: 'propose_selection', advice: 'not_select', reason: 'Năm trước có vụ việc' },
      police,
    ).record;
    expect(step(advised, { type: 'not_select', reason: ' ' }, committee).code).toBe(
      'reason-required',
    );
    const closed = step(advised, { type: 'not_select', reason: 'Năm trước có vụ việc' }, committee);
    expect([closed.record.state, closed.record.stateReason]).toEqual([
      'not_selected',
      'Năm trước có vụ việc',
    ]);
    expect(step(closed.record, selfScore, officer).code).toBe('invalid-transition');
  });

  it('holds each role to its part, and the plan to whether it has the step and by when', () => {
    const advice: RegistrationCommand = {
      type: 'propose_selection',
      advice: 'select',
      reason: 'Đạt An toàn',
    };
    expect(step(record(), advice, committee).code).toBe('forbidden-role');
    expect(step(record(), { type: 'select' }, committee).code).toBe('invalid-transition');
    expect(step(record({ rules: rules(false) }), advice, police).code).toBe('no-selection-step');
    expect(step(record(), advice, police, '2027-01-20').code).toBe('deadline-passed');
    expect(step(record(), advice, police, '2027-01-30').code).toBeNull();
    const advised = step(record(), advice, police).record;
    expect(step(advised, { type: 'select' }, police).code).toBe('forbidden-role');
  });
});
