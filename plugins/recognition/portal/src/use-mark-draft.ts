// The marks form's memory: what the server holds, and what was typed but not yet confirmed by it
// (kept in this tab's session storage, so a reload, a lost connection or a refused mark never
// loses what was typed). Each criterion's entry is checked field by field with the domain's own
// rules; only the entries that make a valid mark are sent, and an entry leaves the draft only
// when the server has confirmed exactly what was sent.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  entryFromMark,
  markFromEntry,
  type Entry,
  type EntryCheck,
} from '../../shared/domain/mark-entry';
import type { CriterionDef, Mark, Marks } from '../../shared/domain/scoring';

const PREFIX = 'dienhinh.portal.nhap.';

function read(key: string): Record<string, Entry> {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(PREFIX + key) ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

function write(key: string, draft: Record<string, Entry>) {
  if (Object.keys(draft).length) sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  else sessionStorage.removeItem(PREFIX + key);
}

/** Forgets every unsent draft in this tab (on signing out: the next person at this computer must not see them). */
export function forgetDrafts() {
  for (const k of Object.keys(sessionStorage))
    if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
}

/** What one save sends: each criterion's mark (null: cleared) and the entry it came from. */
export type Outgoing = { marks: Record<string, Mark | null>; entries: Record<string, Entry> };

export type MarkForm = ReturnType<typeof useMarkDraft>;

export function useMarkDraft(
  key: string,
  criteria: CriterionDef[] | undefined,
  confirmed: Marks,
  editable: boolean,
) {
  const [saved, setSaved] = useState<Marks>(confirmed);
  const [draft, setDraft] = useState<Record<string, Entry>>(() => (editable ? read(key) : {}));
  useEffect(() => write(key, editable ? draft : {}), [key, draft, editable]);

  const entryOf = useCallback(
    (code: string): Entry => draft[code] ?? entryFromMark(saved[code]),
    [draft, saved],
  );
  const checks = useMemo(
    () =>
      new Map<string, EntryCheck>(
        (criteria ?? []).map((c) => [c.code, markFromEntry(c, entryOf(c.code))]),
      ),
    [criteria, entryOf],
  );
  /** The marks as they stand on screen: saved ones, replaced by every valid typed entry. */
  const marks = useMemo(() => {
    const out: Marks = {};
    for (const [code, check] of checks) {
      if (check.ok && check.mark) out[code] = check.mark;
      else if (!check.ok && saved[code]) out[code] = saved[code]!;
    }
    return out;
  }, [checks, saved]);
  /** Criteria whose typed entry cannot be kept as it stands. */
  const invalid = useMemo(
    () => [...checks].filter(([, c]) => !c.ok).map(([code]) => code),
    [checks],
  );

  return {
    draft,
    entryOf,
    checks,
    marks,
    invalid,
    setEntry: (code: string, entry: Entry) => setDraft((d) => ({ ...d, [code]: entry })),
    /** The typed entries that make a valid mark, ready to send. */
    outgoing(): Outgoing {
      const out: Outgoing = { marks: {}, entries: {} };
      for (const [code, entry] of Object.entries(draft)) {
        const check = checks.get(code);
        if (!check?.ok) continue;
        out.marks[code] = check.mark ?? null;
        out.entries[code] = entry;
      }
      return out;
    },
    /** The server kept these criteria as sent: they are saved, and leave the draft unless retyped since. */
    confirm(sent: Outgoing, kept: string[]) {
      setSaved((s) => {
        const next = { ...s };
        for (const code of kept) {
          const m = sent.marks[code];
          if (m) next[code] = m;
          else delete next[code];
        }
        return next;
      });
      setDraft((d) => {
        const next = { ...d };
        for (const code of kept) if (next[code] === sent.entries[code]) delete next[code];
        return next;
      });
    },
    discard: () => setDraft({}),
  };
}
