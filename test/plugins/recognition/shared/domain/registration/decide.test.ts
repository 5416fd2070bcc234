// The registration's decider, as a table: each command in the state it is taken from, by whom,
// with the facts it carries, gives these events (or this refusal); and evolve changes exactly
// the fields each event names.
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  decide,
  evolve,
  type Appraisal,
  type RegistrationCommand,
  type RegistrationRecord,
} from '../../../../../../plugins/recognition/shared/domain/registration';
import type { PlanRules } from '../../../../../../plugins/recognition/shared/domain/plan-rules';
import type { Actor } from '../../../../../../plugins/recognition/shared/domain/workflow';
import { fieldChanges } from '../../../../../../plugins/recognition/shared/domain/audit-diff';

const officer: Actor = { id: 'canbo@x.vn', role: 'unit_officer', unitId: 'unit-A' };
const secretariat: Actor = { id: 'thuky@x.vn', role: 'secretariat' };
const member: Actor = { id: 'tv1@x.vn', role: 'council_member' };
const now = new Date('2026-06-01T03:00:00Z');

const rules: PlanRules = {
  planDocumentId: 'plan-1',
  planNumber: '67/KH-UBND',
  publishedAt: null,
  calendar: [],
  eligibility: null,
  dossierParts: [{ code: 'bao-cao', label: 'Báo cáo', required: true }],
  usesCouncil: true,
  issuesCertificates: true,
  justificationGap: 2,
  signer: null,
};
const record = (over: Partial<RegistrationRecord> = {}): RegistrationRecord => ({
  documentId: 'reg-1',
  year: 2026,
  unitId: 'unit-A',
  rules,
  criteriaSet: {
    code: 'BTC',
    groups: [
      {
        code: 'I',
        title: 'Nhóm I',
        criteria: [
          { code: '1', title: 'An toàn', scoring: 'pass_fail', mandatory: false, knockOut: true },
          {
            code: '2',
            title: 'Phong trào',
            scoring: 'points',
            maxPoints: 10,
            mandatory: false,
            knockOut: false,
          },
        ],
      },
    ],
    threshold: { minTotal: 5, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
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
  submittedAt: null,
  ...over,
});
const full = { '1': { passed: true }, '2': { points: 8 } };
const file = { id: 'a'.repeat(32), name: 'bao-cao.pdf', size: 1000, at: now.toISOString() };
const limits = { maxFileBytes: 10_000, maxRegistrationBytes: 20_000, maxFiles: 5 };
const council = (over: Partial<Appraisal> = {}): Appraisal => ({
  members: ['tv1@x.vn', 'tv2@x.vn'],
  scores: [],
  vote: null,
  votedMeetings: [],
  ...over,
});
const submitted = record({
  state: 'under_appraisal',
  selfMarks: full,
  dossier: { 'bao-cao': file },
});

type Row = [string, RegistrationRecord, RegistrationCommand, Actor, string];
const table: Row[] = [
  [
    'self-score, one mark wrong',
    record(),
    { type: 'self_assess', input: { '1': { passed: true }, '2': { points: 11 } } },
    officer,
    'self_assess',
  ],
  [
    'self-score, nothing valid',
    record(),
    { type: 'self_assess', input: { '2': { points: 11 } } },
    officer,
    'score-invalid',
  ],
  [
    'evidence on a criterion',
    record(),
    { type: 'attach_file', target: { kind: 'evidence', criterion: '2' }, file, limits },
    officer,
    'evidence.add',
  ],
  [
    'evidence on no criterion',
    record(),
    { type: 'attach_file', target: { kind: 'evidence', criterion: '9' }, file, limits },
    officer,
    'score-invalid',
  ],
  [
    'a part the plan lacks',
    record(),
    { type: 'attach_file', target: { kind: 'dossier', part: 'khac' }, file, limits },
    officer,
    'score-invalid',
  ],
  [
    'over the quota',
    record({ dossier: { x: { ...file, size: 19_500 } } }),
    { type: 'attach_file', target: { kind: 'evidence', criterion: '2' }, file, limits },
    officer,
    'file-too-large',
  ],
  [
    'a file it holds',
    record({ dossier: { 'bao-cao': file } }),
    { type: 'remove_file', fileId: file.id },
    officer,
    'dossier.remove',
  ],
  [
    'a file it does not hold',
    record(),
    { type: 'remove_file', fileId: 'b'.repeat(32) },
    officer,
    'not-found',
  ],
  [
    'files once submitted',
    record({ state: 'submitted' }),
    { type: 'remove_file', fileId: file.id },
    officer,
    'invalid-transition',
  ],
  [
    'submit, marks missing',
    record({ state: 'self_assessed' }),
    { type: 'submit' },
    officer,
    'scores-incomplete',
  ],
  [
    'submit, part missing',
    record({ state: 'self_assessed', selfMarks: full }),
    { type: 'submit' },
    officer,
    'dossier-incomplete',
  ],
  [
    'submit, complete',
    record({ state: 'self_assessed', selfMarks: full, dossier: { 'bao-cao': file } }),
    { type: 'submit' },
    officer,
    'submit',
  ],
  [
    'another unit',
    record({ state: 'self_assessed', unitId: 'unit-B' }),
    { type: 'submit' },
    officer,
    'not-own-unit',
  ],
  [
    'appraisal by the officer',
    record({ state: 'submitted' }),
    { type: 'start_appraisal' },
    officer,
    'forbidden-role',
  ],
  [
    'appraisal',
    record({ state: 'submitted' }),
    { type: 'start_appraisal' },
    secretariat,
    'start_appraisal',
  ],
  [
    'conflict',
    submitted,
    { type: 'declare_conflict', reason: 'Người thân làm việc tại đơn vị', appraisal: council() },
    member,
    'conflict.declare',
  ],
  [
    'conflict, no reason',
    submitted,
    { type: 'declare_conflict', reason: 'x', appraisal: council() },
    member,
    'reason-required',
  ],
  [
    'council marks',
    submitted,
    {
      type: 'council_score',
      input: { '1': { passed: true }, '2': { points: 7 } },
      appraisal: council(),
      own: null,
    },
    member,
    'council_score',
  ],
  [
    'council marks far from the unit, no note',
    submitted,
    { type: 'council_score', input: { '2': { points: 3 } }, appraisal: council(), own: null },
    member,
    'justification-required',
  ],
  [
    'council marks after the vote',
    submitted,
    {
      type: 'council_score',
      input: {},
      appraisal: council({ vote: { for: 2, against: 0, abstain: 0 } }),
      own: null,
    },
    member,
    'marks-locked',
  ],
  [
    'council marks with a conflict',
    record({ ...submitted, conflicts: [{ email: member.id, reason: 'r', at: '' }] }),
    { type: 'council_score', input: {}, appraisal: council(), own: null },
    member,
    'conflict-of-interest',
  ],
  [
    'a draft',
    submitted,
    {
      type: 'council_draft',
      input: { '2': { points: 11 }, '1': { passed: true } },
      appraisal: council(),
      own: null,
    },
    member,
    'council-score.draft',
  ],
  [
    'a draft after sending',
    submitted,
    {
      type: 'council_draft',
      input: {},
      appraisal: council(),
      own: { marks: {}, draft: false, complete: true },
    },
    member,
    'council-scores-sent',
  ],
  [
    'reopen without a vote',
    submitted,
    { type: 'reopen_scoring', reason: 'Chấm lại tiêu chí 2', appraisal: council() },
    secretariat,
    'invalid-transition',
  ],
  [
    'reopen after a vote',
    submitted,
    {
      type: 'reopen_scoring',
      reason: 'Chấm lại tiêu chí 2',
      appraisal: council({ vote: { for: 2, against: 0, abstain: 0 }, votedMeetings: ['m1'] }),
    },
    secretariat,
    'reopen_scoring',
  ],
  [
    'propose, council incomplete',
    submitted,
    { type: 'propose', appraisal: council() },
    secretariat,
    'council-incomplete',
  ],
  [
    'propose, no vote',
    submitted,
    {
      type: 'propose',
      appraisal: council({
        scores: [
          { member: 'tv1@x.vn', marks: full },
          { member: 'tv2@x.vn', marks: full },
        ],
      }),
    },
    secretariat,
    'vote-required',
  ],
  [
    'propose',
    submitted,
    {
      type: 'propose',
      appraisal: council({
        scores: [
          { member: 'tv1@x.vn', marks: full },
          { member: 'tv2@x.vn', marks: full },
        ],
        vote: { for: 2, against: 0, abstain: 0 },
      }),
    },
    secretariat,
    'propose',
  ],
  [
    "propose without a council, on the unit's marks",
    record({
      ...submitted,
      rules: { ...rules, usesCouncil: false },
      selfMarks: { '1': { passed: true }, '2': { points: 2 } },
    }),
    { type: 'propose', appraisal: council({ members: null }) },
    secretariat,
    'threshold-not-met',
  ],
  [
    'not propose',
    submitted,
    { type: 'not_propose', reason: 'Chưa đạt ngưỡng' },
    secretariat,
    'not_propose',
  ],
  [
    'reject from appraisal',
    submitted,
    { type: 'reject', reason: 'Không đạt yêu cầu' },
    { id: 'a', role: 'approver' },
    'invalid-transition',
  ],
];

describe('the registration decider', () => {
  it.each(table)('%s', (_, r, command, actor, outcome) => {
    const decided = decide(r, command, { actor, now });
    const got = decided.ok ? decided.value.map((e) => e.type).join(',') : decided.error.code;
    expect(got).toBe(outcome);
  });

  it('keeps the valid marks of a self-score and says which it refused', () => {
    const decided = decide(record(), table[0][2], { actor: officer, now });
    expect(decided.ok && decided.value[0]).toMatchObject({
      selfMarks: { '1': { passed: true } },
      saved: ['1'],
      refused: [{ criterion: '2' }],
    });
  });

  it("voids a member's marks when they declare a conflict and recounts the council without them", () => {
    const scores = [
      { member: 'tv1@x.vn', marks: full },
      { member: 'tv2@x.vn', marks: { '1': { passed: true }, '2': { points: 6 } } },
    ];
    const decided = decide(
      submitted,
      table[15][2].type === 'declare_conflict'
        ? { ...table[15][2], appraisal: council({ scores }) }
        : table[15][2],
      { actor: member, now },
    );
    expect(decided.ok && decided.value[0]).toMatchObject({ voidedScores: 1, councilTotal: 6 });
  });

  it('says when the last full marks make the dossier ready for the vote, once', () => {
    const others = [{ member: 'tv2@x.vn', marks: full }];
    const send = (own: { marks: object; draft: boolean; complete: boolean } | null) =>
      decide(
        submitted,
        {
          type: 'council_score',
          input: full,
          appraisal: council({ scores: others }),
          own: own as never,
        },
        { actor: member, now },
      );
    const first = send(null);
    expect(first.ok && first.value[0]).toMatchObject({ readyForVote: true, councilTotal: 8 });
    const again = send({ marks: full, draft: false, complete: true });
    expect(again.ok && again.value[0]).toMatchObject({ readyForVote: false });
  });

  it('adds the meetings that voted to those voided when scoring reopens', () => {
    const r = record({ ...submitted, voidedVotes: ['m0'] });
    const decided = decide(r, table[24][2], { actor: secretariat, now });
    expect(decided.ok && decided.value[0]).toMatchObject({ voidedVotes: ['m0', 'm1'] });
  });
});

describe('the events in the audit log', () => {
  it('names every field an event carries in Vietnamese, as the history page shows it', () => {
    const unnamed = table.flatMap(([, r, command, actor]) => {
      const decided = decide(r, command, { actor, now });
      if (!decided.ok) return [];
      return decided.value.flatMap((e) => {
        const { type, ...payload } = e;
        const after = evolve(r, e);
        const { was } = changedFields(r, after);
        return fieldChanges(was, payload, 'registration')
          .filter((c) => c.label.startsWith('Trường '))
          .map((c) => `${type}.${c.field}`);
      });
    });
    expect(unnamed).toEqual([]);
  });
});

describe('evolve', () => {
  it('changes exactly the fields each event names', () => {
    const cases: [RegistrationRecord, RegistrationCommand, Actor, string[]][] = [
      [record(), table[0][2], officer, ['state', 'selfMarks', 'selfTotal']],
      [record(), table[2][2], officer, ['evidence']],
      [table[11][1], table[11][2], officer, ['state', 'submittedAt']],
      [submitted, table[15][2], member, ['conflicts']],
      [submitted, table[17][2], member, ['councilTotal']],
      [submitted, table[21][2], member, []],
      [submitted, table[29][2], secretariat, ['state', 'stateReason']],
    ];
    for (const [r, command, actor, fields] of cases) {
      const decided = decide(r, command, { actor, now });
      if (!decided.ok) throw new Error(decided.error.message);
      const after = decided.value.reduce(evolve, r);
      expect(Object.keys(changedFields(r, after).changed).sort(), command.type).toEqual(
        [...fields].sort(),
      );
    }
  });

  it('takes a file off the part or the criterion that held it', () => {
    const r = record({ evidence: { '2': [file] } });
    const decided = decide(r, { type: 'remove_file', fileId: file.id }, { actor: officer, now });
    if (!decided.ok) throw new Error(decided.error.message);
    expect(evolve(r, decided.value[0]).evidence).toEqual({ '2': [] });
  });
});

describe('recognising and revoking', () => {
  const approver: Actor = { id: 'lanhdao@x.vn', role: 'approver', personId: 'p-approver' };
  const proposed = record({ ...submitted, state: 'proposed' });
  const recognise = (over: object = {}) =>
    decide(
      proposed,
      {
        type: 'recognise',
        decision: 'qd-1',
        serial: 'DH-2026-ABC',
        priorDuties: [],
        previouslyRecognised: false,
        ...over,
      },
      { actor: approver, now },
    );

  it('recognises a proposed unit on the draft decision, with a certificate as the plan says', () => {
    const decided = recognise();
    expect(decided.ok && decided.value).toEqual([
      {
        type: 'recognise',
        state: 'recognised',
        decidedAt: now.toISOString(),
        decision: 'qd-1',
        serial: 'DH-2026-ABC',
        certificate: true,
      },
    ]);
  });

  it('maintains a unit recognised before, and refuses the person who scored it', () => {
    const again = recognise({ previouslyRecognised: true });
    expect(again.ok && again.value[0].type === 'recognise' && again.value[0].state).toBe(
      'maintained',
    );
    const scorer = recognise({ priorDuties: [{ personId: 'p-approver', duty: 'scored' }] });
    expect(scorer.ok ? null : scorer.error.code).toBe('four-eyes');
  });

  it('revokes a recognition with its revoking decision, the reason kept', () => {
    const decided = decide(
      record({ ...submitted, state: 'recognised' }),
      {
        type: 'revoke',
        reason: 'Đơn vị để xảy ra vụ việc nghiêm trọng',
        decision: { number: '12/QĐ-UBND', date: '2026-12-01', sha256: 'ab' },
        serial: 'DH-2026-ABC',
      },
      { actor: approver, now },
    );
    if (!decided.ok) throw new Error(decided.error.message);
    const after = evolve(record({ ...submitted, state: 'recognised' }), decided.value[0]);
    expect([after.state, after.stateReason]).toEqual([
      'revoked',
      'Đơn vị để xảy ra vụ việc nghiêm trọng',
    ]);
  });
});

describe('a dossier part the council provides', () => {
  const withMinutes: PlanRules = {
    ...rules,
    dossierParts: [
      ...rules.dossierParts,
      { code: 'minutes', label: 'Biên bản họp', required: true, provider: 'council' },
    ],
  };
  const minutes = {
    id: 'act-minutes1abc',
    name: 'Biên bản số 01/BB-HĐTĐ.pdf',
    at: now.toISOString(),
  };

  it('is not asked of the unit at submission, and the unit may not upload it', () => {
    const r = record({ rules: withMinutes, state: 'self_assessed', selfMarks: full });
    const sent = decide(r, { type: 'submit' }, { actor: officer, now });
    expect(sent.ok).toBe(false); // the unit's own part is still missing
    const complete = record({ ...r, dossier: { 'bao-cao': file } });
    expect(decide(complete, { type: 'submit' }, { actor: officer, now }).ok).toBe(true);
    const up = decide(
      record({ rules: withMinutes }),
      { type: 'attach_file', target: { kind: 'dossier', part: 'minutes' }, file, limits },
      { actor: officer, now },
    );
    expect(!up.ok && up.error.message).toMatch(/do Hội đồng thẩm định cung cấp/);
  });

  it('is filed from the issued minutes by the secretariat once the council has the dossier, once', () => {
    const r = record({ ...submitted, rules: withMinutes });
    const filed = decide(r, { type: 'file_minutes', file: minutes }, { actor: secretariat, now });
    expect(filed.ok && filed.value).toEqual([
      { type: 'file_minutes', parts: ['minutes'], file: minutes },
    ]);
    const after = evolve(r, filed.ok ? filed.value[0] : (null as never));
    expect(after.dossier).toEqual({ 'bao-cao': file, minutes });
    const again = decide(
      after,
      { type: 'file_minutes', file: minutes },
      { actor: secretariat, now },
    );
    expect(again).toEqual({ ok: true, value: [] });
    const early = decide(
      record({ rules: withMinutes, state: 'submitted' }),
      { type: 'file_minutes', file: minutes },
      { actor: secretariat, now },
    );
    expect(!early.ok && early.error.code).toBe('invalid-transition');
    const byUnit = decide(r, { type: 'file_minutes', file: minutes }, { actor: officer, now });
    expect(!byUnit.ok && byUnit.error.code).toBe('forbidden-role');
    // A plan that lists no part the council provides still files the minutes, as "minutes".
    const none = decide(
      submitted,
      { type: 'file_minutes', file: minutes },
      { actor: secretariat, now },
    );
    expect(none.ok && none.value).toEqual([
      { type: 'file_minutes', parts: ['minutes'], file: minutes },
    ]);
  });
});
