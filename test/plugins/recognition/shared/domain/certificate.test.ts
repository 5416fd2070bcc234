// The certificate's decider: released when its decision is issued, issued once when its signed
// PDF is stored (a second issuer decides nothing), never from a status the table does not allow.
import { describe, expect, it } from 'vitest';
import {
  decideCertificate,
  type CertificateRecord,
} from '../../../../../plugins/recognition/shared/domain/certificate';
import { fieldChanges } from '../../../../../plugins/recognition/shared/domain/audit-diff';

const issue = { type: 'issue', sha256: 'ef'.repeat(32), at: '2026-12-09T02:00:00.000Z' } as const;
const at = (certificateStatus: CertificateRecord['certificateStatus'], stored = false) => ({
  certificateStatus,
  stored,
});

describe('the certificate decider', () => {
  it.each([
    ['releases one awaiting its decision', at('awaiting'), { type: 'release' }, 'queued'],
    ['refuses to release one already queued', at('queued'), { type: 'release' }, 'refused'],
    ['refuses to release where the plan issues none', at('none'), { type: 'release' }, 'refused'],
    ['issues a queued one', at('queued'), issue, 'issued'],
    ['refuses to issue one whose decision is not issued', at('awaiting'), issue, 'refused'],
    ['decides nothing when the PDF is already stored', at('queued', true), issue, 'nothing'],
  ] as const)('%s', (_, record, command, outcome) => {
    const decided = decideCertificate(record, command);
    const got = !decided.ok
      ? 'refused'
      : decided.value.length
        ? decided.value[0].certificateStatus
        : 'nothing';
    expect(got).toBe(outcome);
    if (!decided.ok) expect(decided.error.code).toBe('invalid-transition');
  });

  it('records the hash and time of what was issued, every field named in Vietnamese', () => {
    const decided = decideCertificate(at('queued'), issue);
    if (!decided.ok) throw new Error(decided.error.message);
    expect(decided.value).toEqual([
      {
        type: 'certificate.issue',
        certificateStatus: 'issued',
        sha256: 'ef'.repeat(32),
        issuedAt: '2026-12-09T02:00:00.000Z',
      },
    ]);
    const { type: _type, ...payload } = decided.value[0];
    const unnamed = fieldChanges({ certificateStatus: 'queued' }, payload, 'certificate').filter(
      (c) => c.label.startsWith('Trường '),
    );
    expect(unnamed.map((c) => c.field)).toEqual([]);
  });
});
