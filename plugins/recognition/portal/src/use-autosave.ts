// Saving marks as they are typed, for the unit's self-score and a council member's draft alike:
// a moment after the last keystroke the valid entries go to the server; the save line says only
// what the server confirmed, each refused mark stays on its own field with the server's reason,
// and entries left unconfirmed by a reload or a lost connection are sent again on return.
import { useEffect, useRef, useState } from 'react';
import { api, schemas } from './api';
import type { Entry } from '../../shared/domain/mark-entry';
import type { Saving } from './components/save-state';
import { moment } from './format';
import type { MarkForm } from './use-mark-draft';

const SAVE_AFTER_MS = 800;

export function useAutosave(
  form: MarkForm,
  /** Where the marks go (PUT), and what else the body carries. */
  to: { path: string; body?: Record<string, unknown> },
  /** Whether the form may send now (editable, and its criteria loaded). */
  active: boolean,
) {
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<Saving>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = useRef<() => Promise<void>>(async () => {});
  flush.current = async () => {
    const sent = form.outgoing();
    if (!Object.keys(sent.marks).length) return;
    setSaving({ status: 'saving' });
    try {
      const r = await api.send(
        'PUT',
        to.path,
        { ...to.body, marks: sent.marks },
        schemas.marksSaved,
      );
      form.confirm(sent, r.saved);
      setRefused((old) => ({
        ...Object.fromEntries(Object.entries(old).filter(([k]) => !r.saved.includes(k))),
        ...Object.fromEntries(r.refused.map((x) => [x.criterion, x.message])),
      }));
      const at = moment(new Date().toISOString()).slice(0, 5);
      setSaving({ status: 'saved', text: `Máy chủ đã lưu ${r.saved.length} tiêu chí lúc ${at}.` });
    } catch (e) {
      setSaving({
        status: 'error',
        text: `Chưa lưu được: ${(e as Error).message} Điểm đã nhập vẫn giữ trên trình duyệt này; nhập tiếp hoặc bấm "Lưu lại" để gửi lại.`,
      });
    }
  };
  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush.current(), SAVE_AFTER_MS);
  };
  // Entries typed before a reload (or a lost connection) that the server has not confirmed are sent again.
  useEffect(() => {
    if (active && Object.keys(form.draft).length) later();
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  return {
    saving,
    refused,
    /** Criteria holding an entry the server has not kept: wrong as typed, or refused by it. */
    unsaved: [...new Set([...form.invalid, ...Object.keys(refused)])],
    change(code: string, entry: Entry) {
      form.setEntry(code, entry);
      setRefused(({ [code]: _, ...rest }) => rest);
      later();
    },
    /** Sends now what is waiting (before a final send, or on "Lưu lại"). */
    flush: () => {
      clearTimeout(timer.current);
      return flush.current();
    },
  };
}
