// The decider of a recognition's certificate: it waits for its decision ('awaiting', or 'none'
// when the plan issues no certificates), is released for issuing when the decision is issued,
// and is issued once, when its signed PDF is stored. A second issuer that finds the PDF already
// stored decides nothing: the first one's certificate stands.
import { ok, type Result } from '../errors';
import { nextCertificateStatus, type CertificateStatus } from '../status-machines';

export type CertificateRecord = {
  certificateStatus: CertificateStatus;
  /** Whether its signed PDF is already stored. */
  stored: boolean;
};

export type CertificateCommand =
  | { type: 'release' }
  | { type: 'issue'; sha256: string; at: string };

export type CertificateEvent =
  | { type: 'certificate.release'; certificateStatus: CertificateStatus }
  | {
      type: 'certificate.issue';
      certificateStatus: CertificateStatus;
      sha256: string;
      issuedAt: string;
    };

export function decideCertificate(
  c: CertificateRecord,
  command: CertificateCommand,
): Result<CertificateEvent[]> {
  if (command.type === 'release') {
    const next = nextCertificateStatus(c.certificateStatus, 'release');
    return next.ok ? ok([{ type: 'certificate.release', certificateStatus: next.value }]) : next;
  }
  if (c.stored) return ok([]);
  const next = nextCertificateStatus(c.certificateStatus, 'issue');
  if (!next.ok) return next;
  return ok([
    {
      type: 'certificate.issue',
      certificateStatus: next.value,
      sha256: command.sha256,
      issuedAt: command.at,
    },
  ]);
}
