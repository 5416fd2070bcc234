// The small machines of the acts that follow a recognition: a decision (a draft while units are
// added, then issued and immutable), a recognition (active, then possibly revoked) and its
// certificate (none for plans without certificates; awaiting its decision, queued once the
// decision is issued, then issued). Each status field has one
// service that writes it, and that service asks these tables first.
import { err, ok, type Result } from './errors';

type Table<S extends string, E extends string> = Record<E, { from: readonly S[]; to: S }>;

function step<S extends string, E extends string>(
  table: Table<S, E>,
  what: string,
  from: S,
  event: E,
): Result<S> {
  const t = table[event];
  if (!t.from.includes(from))
    return err('invalid-transition', `${what}: không thể chuyển từ "${from}" theo "${event}".`, {
      from,
      event,
    });
  return ok(t.to);
}

export const decisionStatuses = ['draft', 'issued'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
export const decisionTable: Table<DecisionStatus, 'issue'> = {
  issue: { from: ['draft'], to: 'issued' },
};
export const nextDecisionStatus = (from: DecisionStatus, event: 'issue') =>
  step(decisionTable, 'Quyết định', from, event);

export const recognitionStatuses = ['recognised', 'maintained', 'revoked'] as const;
export type RecognitionStatus = (typeof recognitionStatuses)[number];
export const recognitionTable: Table<RecognitionStatus, 'revoke'> = {
  revoke: { from: ['recognised', 'maintained'], to: 'revoked' },
};
export const nextRecognitionStatus = (from: RecognitionStatus, event: 'revoke') =>
  step(recognitionTable, 'Công nhận', from, event);

export const certificateStatuses = ['none', 'awaiting', 'queued', 'issued'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export type CertificateEvent = 'release' | 'issue';
export const certificateTable: Table<CertificateStatus, CertificateEvent> = {
  // Its decision was issued: the certificate may now be rendered, signed and stored.
  release: { from: ['awaiting'], to: 'queued' },
  issue: { from: ['queued'], to: 'issued' },
};
export const nextCertificateStatus = (from: CertificateStatus, event: CertificateEvent) =>
  step(certificateTable, 'Giấy chứng nhận', from, event);

/** The certificate's first status: a plan that issues no certificates never has one; others wait for their decision. */
export const initialCertificateStatus = (issuesCertificates: boolean): CertificateStatus =>
  issuesCertificates ? 'awaiting' : 'none';
