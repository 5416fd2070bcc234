import { describe, expect, it } from 'vitest';
import {
  decideAct,
  evolveAct,
  planActIssue,
  receiverOf,
  type ActRecord,
} from '../../../../../../plugins/recognition/shared/domain/act';
import { emptySections } from '../../../../../../plugins/recognition/shared/domain/reports';

const draft: ActRecord = {
  kind: 'report',
  status: 'draft',
  year: 2026,
  recipients: ['people_committee', 'ministry'],
  dispatches: [],
};
const now = new Date('2026-06-12T03:00:00Z');

describe('an act', () => {
  it('is numbered the next of its register and dated today, and issued once', () => {
    const ctx = {
      kind: 'report' as const,
      year: 2026,
      status: 'draft' as const,
      numbering: 'automatic' as const,
      suffix: 'BC-CATP',
      now,
      usedNumbers: ['04/BC-CATP'],
      lastSequence: 4,
    };
    expect(planActIssue({}, ctx)).toEqual({
      ok: true,
      value: { number: '05/BC-CATP', sequence: 5, date: '2026-06-12' },
    });
    const issue = {
      type: 'issue' as const,
      number: '05/BC-CATP',
      sequence: 5,
      date: '2026-06-12',
      sha256: 'ab',
      at: now.toISOString(),
    };
    const events = decideAct(draft, issue);
    expect(events.ok && events.value).toEqual([
      {
        type: 'act.issue',
        number: '05/BC-CATP',
        sequence: 5,
        date: '2026-06-12',
        sha256: 'ab',
        issuedAt: now.toISOString(),
        replaces: null,
      },
    ]);
    const issued = evolveAct(draft, events.ok ? events.value : []);
    expect(issued.status).toBe('issued');
    expect(decideAct(issued, issue)).toEqual({ ok: true, value: [] });
    expect(planActIssue({}, { ...ctx, status: 'issued' }).ok).toBe(false);
    expect(decideAct(issued, { type: 'edit', sections: emptySections() }).ok).toBe(false);
  });

  it('is sent only once issued, to every recipient once, and each records its own receipt once', () => {
    expect(decideAct(draft, { type: 'send', at: 't' }).ok).toBe(false);
    let a: ActRecord = { ...draft, status: 'issued' };
    const sent = decideAct(a, { type: 'send', at: '2026-06-12T04:00:00.000Z' });
    a = evolveAct(a, sent.ok ? sent.value : []);
    expect(a.dispatches.map((d) => d.recipient)).toEqual(['people_committee', 'ministry']);
    expect(decideAct(a, { type: 'send', at: 't' }).ok).toBe(false);
    const got = decideAct(a, { type: 'receive', as: 'ministry', at: 'r', by: 'person-1' });
    a = evolveAct(a, got.ok ? got.value : []);
    expect(a.dispatches[1]).toMatchObject({ receivedAt: 'r', receivedBy: 'person-1' });
    expect(a.dispatches[0].receivedAt).toBeNull();
    expect(decideAct(a, { type: 'receive', as: 'ministry', at: 'r2', by: 'p' })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('is received by the People’s Committee’s approver and the Ministry, nobody else', () => {
    expect(receiverOf('approver')).toBe('people_committee');
    expect(receiverOf('ministry')).toBe('ministry');
    expect(receiverOf('secretariat')).toBeNull();
  });
});
