// One way to issue an act, for every kind of paper the programme produces that is not a
// recognition decision: a draft its author edits; issued once with the next number of the
// year's register of its kind, its date and signer, signed and stored (never edited after);
// sent to the recipients it names; each recipient records receipt, which the sender sees. Pure.
import { err, ok, type Result } from '../errors';
import { recipientLabels, type ReportRecipient } from '../reports/duties';
import type { Sections } from '../reports/sections';
import type { ActKind } from './kinds';

export type Dispatch = {
  recipient: ReportRecipient;
  sentAt: string;
  receivedAt: string | null;
  /** The person who recorded receipt (a person's documentId, never an e-mail). */
  receivedBy: string | null;
};

export type ActRecord = {
  kind: ActKind;
  status: 'draft' | 'issued';
  year: number;
  recipients: ReportRecipient[];
  dispatches: Dispatch[];
};

export type ActCommand =
  | { type: 'edit'; sections: Sections }
  | {
      type: 'issue';
      number: string;
      sequence: number | null;
      date: string;
      sha256: string;
      at: string;
      replaces?: string | null;
    }
  | { type: 'send'; at: string }
  | { type: 'receive'; as: ReportRecipient; at: string; by: string };

export type ActEvent =
  | { type: 'act.edit'; sections: Sections }
  | {
      type: 'act.issue';
      number: string;
      sequence: number | null;
      date: string;
      sha256: string;
      issuedAt: string;
      /** The earlier act this one replaces (its documentId), where it names one. */
      replaces?: string | null;
    }
  | { type: 'act.send'; dispatches: Dispatch[] }
  | { type: 'act.receive'; recipient: ReportRecipient; receivedAt: string; receivedBy: string };

/** Which recipient a staff role stands for when it records receipt. */
export const receiverOf = (role: string): ReportRecipient | null =>
  role === 'approver' ? 'people_committee' : role === 'ministry' ? 'ministry' : null;

export function decideAct(a: ActRecord, c: ActCommand): Result<ActEvent[]> {
  const issued = a.status === 'issued';
  if (c.type === 'edit') {
    if (issued) return err('invalid-transition', 'Văn bản đã ban hành, không sửa được nữa.');
    return ok([{ type: 'act.edit', sections: c.sections }]);
  }
  if (c.type === 'issue') {
    if (issued) return ok([]); // a second issuer finds it issued: the first one's act stands
    const { number, sequence, date, sha256, at, replaces } = c;
    return ok([
      {
        type: 'act.issue',
        number,
        sequence,
        date,
        sha256,
        issuedAt: at,
        replaces: replaces ?? null,
      },
    ]);
  }
  if (!issued)
    return err('invalid-transition', 'Văn bản chưa ban hành: ký, ban hành trước rồi mới gửi.');
  if (c.type === 'send') {
    const sent = new Set(a.dispatches.map((d) => d.recipient));
    const to = a.recipients.filter((r) => !sent.has(r));
    if (!to.length) return err('invalid-transition', 'Văn bản đã gửi đến mọi nơi nhận.');
    return ok([
      {
        type: 'act.send',
        dispatches: to.map((recipient) => ({
          recipient,
          sentAt: c.at,
          receivedAt: null,
          receivedBy: null,
        })),
      },
    ]);
  }
  const d = a.dispatches.find((x) => x.recipient === c.as);
  if (!d) return err('invalid-transition', `Văn bản chưa được gửi đến ${recipientLabels[c.as]}.`);
  if (d.receivedAt) return ok([]); // receipt is recorded once
  return ok([{ type: 'act.receive', recipient: c.as, receivedAt: c.at, receivedBy: c.by }]);
}

/** The record after its events. */
export function evolveAct<T extends ActRecord>(a: T, events: ActEvent[]): T {
  return events.reduce<T>((r, e) => {
    if (e.type === 'act.issue') return { ...r, status: 'issued' };
    if (e.type === 'act.send') return { ...r, dispatches: [...r.dispatches, ...e.dispatches] };
    if (e.type === 'act.receive')
      return {
        ...r,
        dispatches: r.dispatches.map((d) =>
          d.recipient === e.recipient
            ? { ...d, receivedAt: e.receivedAt, receivedBy: e.receivedBy }
            : d,
        ),
      };
    return r;
  }, a);
}
