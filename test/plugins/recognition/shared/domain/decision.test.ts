// The decision's decider: a draft listing units is issued once, with the number and hash it was
// rendered with; an issued recognition decision is amended by a new decision naming it; anything
// else is refused by name.
import { describe, expect, it } from 'vitest';
import {
  decideDecision,
  type AmendDecision,
  type DecisionRecord,
  type IssueDecision,
} from '../../../../../plugins/recognition/shared/domain/decision';
import { fieldChanges } from '../../../../../plugins/recognition/shared/domain/audit-diff';

const issue: IssueDecision = {
  type: 'issue',
  number: '2788/QĐ-UBND',
  date: '2026-12-08',
  sequence: null,
  signer: 'Nguyễn Văn Phương',
  rendered: { units: 3, sha256: 'ab'.repeat(32) },
  at: '2026-12-08T03:00:00.000Z',
  by: 'pheduyet@x.vn',
};
const draft: DecisionRecord = { status: 'draft', kind: 'recognition', units: 3 };
const issued: DecisionRecord = { ...draft, status: 'issued', number: '2788/QĐ-UBND' };
const amend: AmendDecision = {
  type: 'amend',
  number: '2801/QĐ-UBND',
  date: '2026-12-20',
  sequence: 2801,
  signer: 'Nguyễn Văn Phương',
  changes: ['Sửa tên đơn vị thứ 2 thành "Phường An Cựu".'],
  sha256: 'cd'.repeat(32),
  at: '2026-12-20T03:00:00.000Z',
  by: 'pheduyet@x.vn',
};

describe('the decision decider', () => {
  it.each([
    ['a draft with its units', draft, 'decision.issue'],
    ['a decision already issued', { ...draft, status: 'issued' }, 'invalid-transition'],
    ['a revocation', { ...draft, kind: 'revocation' }, 'invalid-transition'],
    ['a draft with no unit', { ...draft, units: 0 }, 'decision-invalid'],
    ['a draft whose list changed after rendering', { ...draft, units: 4 }, 'invalid-transition'],
  ] as const)('%s', (_, record, outcome) => {
    const decided = decideDecision(record, issue);
    expect(decided.ok ? decided.value[0].type : decided.error.code).toBe(outcome);
  });

  it('records what was issued: status, number, date, signer, units and the hash signed', () => {
    const decided = decideDecision(draft, issue);
    expect(decided.ok && decided.value[0]).toEqual({
      type: 'decision.issue',
      status: 'issued',
      number: '2788/QĐ-UBND',
      date: '2026-12-08',
      sequence: null,
      signer: 'Nguyễn Văn Phương',
      units: 3,
      sha256: 'ab'.repeat(32),
      issuedAt: '2026-12-08T03:00:00.000Z',
      issuedBy: 'pheduyet@x.vn',
    });
  });

  it('names every field of the issue in Vietnamese, as the history page shows it', () => {
    const decided = decideDecision(draft, issue);
    if (!decided.ok) throw new Error(decided.error.message);
    const { type: _type, ...payload } = decided.value[0];
    const unnamed = fieldChanges({ status: 'draft' }, payload, 'decision').filter((c) =>
      c.label.startsWith('Trường '),
    );
    expect(unnamed.map((c) => c.field)).toEqual([]);
  });

  it.each([
    ['an issued recognition decision', issued, 'decision.amend'],
    [
      'a draft (corrected before it is issued)',
      { ...issued, status: 'draft' },
      'invalid-transition',
    ],
    ['a revocation decision', { ...issued, kind: 'revocation' }, 'invalid-transition'],
    ['an amendment', { ...issued, kind: 'amendment' }, 'invalid-transition'],
  ] as const)('amending %s', (_, record, outcome) => {
    const decided = decideDecision(record, amend);
    expect(decided.ok ? decided.value[0].type : decided.error.code).toBe(outcome);
  });

  it('records an amendment naming the decision it amends, with its changes and hash', () => {
    expect(decideDecision(issued, { ...amend, changes: [] })).toMatchObject({
      ok: false,
      error: { code: 'decision-invalid' },
    });
    const decided = decideDecision(issued, amend);
    if (!decided.ok) throw new Error(decided.error.message);
    expect(decided.value[0]).toMatchObject({
      type: 'decision.amend',
      amends: '2788/QĐ-UBND',
      number: '2801/QĐ-UBND',
      changes: amend.changes,
      sha256: 'cd'.repeat(32),
    });
    const { type: _type, ...payload } = decided.value[0];
    const unnamed = fieldChanges({}, payload, 'decision').filter((c) =>
      c.label.startsWith('Trường '),
    );
    expect(unnamed.map((c) => c.field)).toEqual([]);
  });
});
