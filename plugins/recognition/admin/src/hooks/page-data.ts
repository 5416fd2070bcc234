// How an admin page loads, reloads and acts: one notice for what happened, a busy flag while an
// action runs, and every failure shown as the server's Vietnamese message, the same way on
// every page.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText, type Notice } from '../components/feedback';

export function useNotice() {
  const [notice, setNotice] = useState<Notice>(null);
  const fail = useCallback((e: unknown) => setNotice({ kind: 'danger', text: errorText(e) }), []);
  const succeed = useCallback((text: string) => setNotice({ kind: 'success', text }), []);
  const clear = useCallback(() => setNotice(null), []);
  return useMemo(
    () => ({ notice, fail, succeed, clear, show: setNotice }),
    [notice, fail, succeed, clear],
  );
}

/**
 * The page's data, fetched again when `load` changes (its dependencies) or on `reload()`;
 * `load` returning null means there is nothing to fetch yet (no jurisdiction chosen).
 */
export function useLoad<T>(load: () => Promise<T> | null, fail: (e: unknown) => void) {
  const [data, setData] = useState<T | null>(null);
  const reload = useCallback(() => {
    load()?.then(setData).catch(fail);
  }, [load, fail]);
  useEffect(reload, [reload]);
  return { data, reload };
}

/**
 * An action with its busy flag: the action's result names what was done (shown as success),
 * or it fails with the server's message; on success `then` runs (close a dialog, reload).
 */
export function useAct(notice: ReturnType<typeof useNotice>) {
  const [busy, setBusy] = useState(false);
  const act = useCallback(
    async (action: () => Promise<string | null>, then?: () => void) => {
      setBusy(true);
      try {
        const done = await action();
        if (done) notice.succeed(done);
        then?.();
      } catch (e) {
        notice.fail(e);
      } finally {
        setBusy(false);
      }
    },
    [notice],
  );
  return { busy, act };
}
