// The small machines of the acts that follow a recognition: a decision (open while units are
// added, then issued), a recognition (active, then possibly revoked) and its certificate (not
// issued for plans without certificates; queued, then issued). Each status field has one
// service that writes it, and that service asks these tables first.
import { err, ok, type Result } from './errors';

type Table<S extends string, E extends string> = Record<E, { from: readonly S[]; to: S }>;

function step<S extends string, E extends string>(table: Table<S, E>, what: string, from: S, event: E): Result<S> {
  const t = table[event];
  if (!t.from.includes(from)) return err('invalid-transition', `${what}: không thể chuyển từ "${from}" theo "${event}".`, { from, event });
  return ok(t.to);
}

export const decisionStatuses = ['open', 'issued'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
export const decisionTable: Table<DecisionStatus, 'issue'> = { issue: { from: ['open'], to: 'issued' } };
export const nextDecisionStatus = (from: DecisionStatus, event: 'issue') => step(decisionTable, 'Quyết định', from, event);

export const recognitionStatuses = ['recognised', 'maintained', 'revoked'] as const;
export type RecognitionStatus = (typeof recognitionStatuses)[number];
export const recognitionTable: Table<RecognitionStatus, 'revoke'> = { revoke: { from: ['recognised', 'maintained'], to: 'revoked' } };
export const nextRecognitionStatus = (from: RecognitionStatus, event: 'revoke') => step(recognitionTable, 'Công nhận', from, event);

export const certificateStatuses = ['none', 'queued', 'issued'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export const certificateTable: Table<CertificateStatus, 'issue'> = { issue: { from: ['queued'], to: 'issued' } };
export const nextCertificateStatus = (from: CertificateStatus, event: 'issue') => step(certificateTable, 'Giấy chứng nhận', from, event);

/** The certificate's first status: a plan that issues no certificates never queues one. */
export const initialCertificateStatus = (issuesCertificates: boolean): CertificateStatus => (issuesCertificates ? 'queued' : 'none');
