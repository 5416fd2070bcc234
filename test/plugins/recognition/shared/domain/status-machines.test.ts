import { describe, expect, it } from 'vitest';
import {
  certificateStatuses,
  decisionStatuses,
  initialCertificateStatus,
  nextCertificateStatus,
  nextDecisionStatus,
  nextRecognitionStatus,
  recognitionStatuses,
} from '../../../../../plugins/recognition/shared/domain/status-machines';
import {
  decisionDate,
  decisionNumber,
} from '../../../../../plugins/recognition/shared/domain/decision-number';

describe('the small machines: every status × event', () => {
  it.each(decisionStatuses.map((s) => [s, s === 'draft' ? 'issued' : null] as const))(
    'decision %s + issue → %s',
    (from, to) => {
      const r = nextDecisionStatus(from, 'issue');
      expect(r.ok ? r.value : null).toBe(to);
    },
  );
  it.each(recognitionStatuses.map((s) => [s, s === 'revoked' ? null : 'revoked'] as const))(
    'recognition %s + revoke → %s',
    (from, to) => {
      const r = nextRecognitionStatus(from, 'revoke');
      expect(r.ok ? r.value : null).toBe(to);
    },
  );
  it.each(certificateStatuses.map((s) => [s, s === 'queued' ? 'issued' : null] as const))(
    'certificate %s + issue → %s',
    (from, to) => {
      const r = nextCertificateStatus(from, 'issue');
      expect(r.ok ? r.value : null).toBe(to);
    },
  );
  it.each(certificateStatuses.map((s) => [s, s === 'awaiting' ? 'queued' : null] as const))(
    'certificate %s + release → %s',
    (from, to) => {
      const r = nextCertificateStatus(from, 'release');
      expect(r.ok ? r.value : null).toBe(to);
    },
  );
  it('makes a certificate wait for its decision only when the plan issues them', () => {
    expect(initialCertificateStatus(true)).toBe('awaiting');
    expect(initialCertificateStatus(false)).toBe('none');
  });
});

describe('the decision number and date', () => {
  it.each([
    [1, '01/QĐ-UBND'],
    [9, '09/QĐ-UBND'],
    [12, '12/QĐ-UBND'],
    [104, '104/QĐ-UBND'],
  ])('sequence %i is %s', (n, number) => expect(decisionNumber(n)).toBe(number));
  it('refuses a sequence that is not a positive integer', () => {
    expect(() => decisionNumber(0)).toThrow(RangeError);
    expect(() => decisionNumber(1.5)).toThrow(RangeError);
  });
  it.each([
    ['2026-12-08T02:00:00Z', 2026, '2026-12-08'],
    ['2026-12-31T18:00:00Z', 2026, '2027-01-01'],
    ['2026-11-28T03:00:00Z', 2027, '2027-01-01'],
    ['2027-03-02T03:00:00Z', 2026, '2027-03-02'],
  ])('on %s for %i the decision is dated %s (never before its year)', (now, year, date) =>
    expect(decisionDate(new Date(now), year)).toBe(date),
  );
});
