// The decider of a recognition decision: a draft the year's recognitions join is issued once,
// with the number, date and signer planned for it (decision-issue.ts) and the hash of the PDF
// signed with them, only while it still lists the units it was rendered with. An issued
// recognition decision is amended by a new decision naming it (never edited); revocations and
// amendments are issued with the step they record and never pass through a draft.
import { err, ok, type Result } from '../errors';
import { nextDecisionStatus, type DecisionStatus } from '../status-machines';

export type DecisionRecord = {
  status: DecisionStatus;
  kind: 'recognition' | 'revocation' | 'amendment';
  /** Recognitions the decision lists now. */
  units: number;
  /** Its number once issued (what an amendment names). */
  number?: string | null;
};
/** What every issued decision carries: its number, date and signer as planned. */
type Planned = { number: string; date: string; sequence: number | null; signer: string };
/** When and by whom, and the hash of the signed PDF, as the event records it. */
type IssuedAs = { sha256: string; issuedAt: string; issuedBy: string };

export type IssueDecision = Planned & {
  type: 'issue';
  /** The units the PDF was rendered with, and its hash. */
  rendered: { units: number; sha256: string };
  at: string;
  by: string;
};
/** A decision amending this one, rendered and signed with the changes it makes. */
export type AmendDecision = Planned & {
  type: 'amend';
  changes: string[];
  sha256: string;
  at: string;
  by: string;
};
export type DecisionCommand = IssueDecision | AmendDecision;

export type AmendEvent = Planned &
  IssuedAs & { type: 'decision.amend'; amends: string; changes: string[] };

export type DecisionEvent = Planned &
  IssuedAs & { type: 'decision.issue'; status: DecisionStatus; units: number };

export function decideDecision(d: DecisionRecord, c: IssueDecision): Result<DecisionEvent[]>;
export function decideDecision(d: DecisionRecord, c: AmendDecision): Result<AmendEvent[]>;
export function decideDecision(
  d: DecisionRecord,
  c: DecisionCommand,
): Result<(DecisionEvent | AmendEvent)[]> {
  return c.type === 'amend' ? decideAmend(d, c) : decideIssue(d, c);
}

function decideAmend(d: DecisionRecord, c: AmendDecision): Result<AmendEvent[]> {
  if (d.status !== 'issued' || d.kind !== 'recognition' || !d.number)
    return err(
      'invalid-transition',
      'Chỉ sửa đổi được một quyết định công nhận đã ban hành; một dự thảo thì sửa trước khi ban hành.',
    );
  if (!c.changes.length)
    return err('decision-invalid', 'Quyết định sửa đổi cần ít nhất một nội dung sửa đổi, bổ sung.');
  return ok([
    {
      type: 'decision.amend',
      amends: d.number,
      number: c.number,
      date: c.date,
      sequence: c.sequence,
      signer: c.signer,
      changes: c.changes,
      sha256: c.sha256,
      issuedAt: c.at,
      issuedBy: c.by,
    },
  ]);
}

function decideIssue(d: DecisionRecord, c: IssueDecision): Result<DecisionEvent[]> {
  const status = nextDecisionStatus(d.status, 'issue');
  if (!status.ok) return status;
  if (d.kind !== 'recognition')
    return err('invalid-transition', 'Quyết định thu hồi được ban hành cùng lúc với việc thu hồi.');
  if (!d.units)
    return err(
      'decision-invalid',
      'Dự thảo chưa có đơn vị nào được công nhận; không ban hành được.',
    );
  if (d.units !== c.rendered.units)
    return err(
      'invalid-transition',
      'Danh sách đơn vị của dự thảo vừa thay đổi; hãy xem lại và ban hành lại.',
    );
  return ok([
    {
      type: 'decision.issue',
      status: status.value,
      number: c.number,
      date: c.date,
      sequence: c.sequence,
      signer: c.signer,
      units: d.units,
      sha256: c.rendered.sha256,
      issuedAt: c.at,
      issuedBy: c.by,
    },
  ]);
}
