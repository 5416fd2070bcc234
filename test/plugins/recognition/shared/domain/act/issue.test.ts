import { describe, expect, it } from 'vitest';
import {
  actKindRules,
  COMMITTEE_DECISIONS,
  actKinds,
  replacementRefusal,
  checkReplaces,
  planActIssue,
  refuseRole,
  sameRegister,
  type ActIssueContext,
} from '../../../../../../plugins/recognition/shared/domain/act';

const now = new Date('2025-12-26T03:00:00Z');
const plan: ActIssueContext = {
  kind: 'plan',
  year: 2025,
  status: 'draft',
  numbering: 'manual',
  suffix: 'KH-UBND',
  now,
  usedNumbers: ['486/KH-UBND'],
  lastSequence: 0,
};

describe('issuing an act of any kind', () => {
  it("takes the committee's register number and day where the province numbers by hand", () => {
    expect(planActIssue({ number: '487/KH-UBND', date: '2025-12-26' }, plan)).toEqual({
      ok: true,
      value: { number: '487/KH-UBND', sequence: null, date: '2025-12-26' },
    });
    const refused = (input: { number?: string; date?: string }) => {
      const r = planActIssue(input, plan);
      return r.ok ? null : r.error.message;
    };
    expect(refused({ date: '2025-12-26' })).toMatch(/Số văn bản: nhập số/);
    expect(refused({ number: '487-KH', date: '2025-12-26' })).toMatch(/không đúng dạng/);
    expect(refused({ number: '486/KH-UBND', date: '2025-12-26' })).toMatch(/đã được dùng/);
    expect(refused({ number: '487/KH-UBND' })).toMatch(/Ngày ban hành: nhập ngày/);
    expect(refused({ number: '487/KH-UBND', date: '2025-12-27' })).toMatch(/chưa đến/);
    expect(refused({ number: '487/KH-UBND', date: '2024-12-31' })).toMatch(/trước năm 2025/);
  });

  it('numbers automatically the next of the register, refusing a typed number, and keeps a fixed day', () => {
    const auto = { ...plan, kind: 'minutes' as const, numbering: 'automatic' as const };
    expect(planActIssue({}, { ...auto, suffix: 'BB-HĐTĐ', lastSequence: 2 })).toEqual({
      ok: true,
      value: { number: '03/BB-HĐTĐ', sequence: 3, date: '2025-12-26' },
    });
    expect(planActIssue({ number: '9/BB-HĐTĐ' }, auto).ok).toBe(false);
    // The minutes bear the day the council met, not the day they are signed.
    const met = planActIssue({}, { ...auto, suffix: 'BB-HĐTĐ', fixedDate: '2025-11-20' });
    expect(met.ok && met.value.date).toBe('2025-11-20');
  });

  it('replaces only an issued act of the same kind and province, not replaced already', () => {
    const old = {
      kind: 'plan' as const,
      status: 'issued' as const,
      jurisdiction: 'hue',
      number: '49/KH-UBND',
      replacedBy: null,
    };
    expect(checkReplaces('plan', 'hue', old)).toEqual({ ok: true, value: true });
    expect(checkReplaces('plan', 'dong-thap', old).ok).toBe(false);
    expect(checkReplaces('proposal', 'hue', old).ok).toBe(false);
    expect(checkReplaces('plan', 'hue', { ...old, status: 'draft' }).ok).toBe(false);
    const twice = checkReplaces('plan', 'hue', { ...old, replacedBy: 'x' });
    expect(!twice.ok && twice.error.message).toMatch(/49\/KH-UBND đã được thay thế/);
    expect(checkReplaces('plan', 'hue', null).ok).toBe(false);
  });

  it('lets each kind be drafted and issued only by the roles its rule names', () => {
    expect(refuseRole('plan', 'approver', 'issue').ok).toBe(true);
    expect(refuseRole('plan', 'editor', 'draft').ok).toBe(true);
    const r = refuseRole('plan', 'secretariat', 'issue');
    expect(!r.ok && r.error.code).toBe('forbidden-role');
    expect(!r.ok && r.error.message).toMatch(/Kế hoạch: chỉ .* được ký, ban hành/);
    for (const k of ['minutes', 'proposal', 'council_decision'] as const)
      expect(refuseRole(k, 'approver', 'issue').ok).toBe(false);
  });

  it('keeps each register apart: reports and reviews share one, the police decisions one, every other kind its own', () => {
    expect(sameRegister('review')).toEqual(['report', 'review']);
    // The council's establishment and the director's Giấy khen are both the police's decisions.
    expect(sameRegister('police_commendation')).toEqual([
      'council_decision',
      'police_commendation',
    ]);
    const shared = ['report', 'review', 'council_decision', 'police_commendation'];
    for (const k of actKinds.filter((x) => !shared.includes(x)))
      expect(sameRegister(k)).toEqual([k]);
    expect(actKindRules.plan.numbering).toBe('province');
    // The chair's Bằng khen is numbered in the committee's register, with the recognition decisions.
    expect(actKindRules.commendation_decision.register).toBe(COMMITTEE_DECISIONS);
    expect(actKindRules.commendation_decision.numbering).toBe('province');
  });

  it('replaces by drafting again only an issued council decision or proposal, not replaced yet', () => {
    expect(replacementRefusal({ kind: 'council_decision', status: 'issued' })).toBeNull();
    expect(replacementRefusal({ kind: 'proposal', status: 'issued', replacedBy: null })).toBeNull();
    expect(replacementRefusal({ kind: 'proposal', status: 'draft' })).toMatch(/chưa ban hành/);
    expect(replacementRefusal({ kind: 'minutes', status: 'issued' })).toMatch(/Biên bản/);
    expect(replacementRefusal({ kind: 'commendation_decision', status: 'issued' })).toMatch(
      /Bằng khen/,
    );
    expect(
      replacementRefusal({ kind: 'council_decision', status: 'issued', replacedBy: '02/QĐ-CA' }),
    ).toMatch(/02\/QĐ-CA/);
  });
});
