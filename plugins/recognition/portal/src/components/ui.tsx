// Small pieces every page uses: messages that screen readers announce, a confirmation dialog
// for acts that cannot be undone, a loading line, and a state badge.
import { useEffect, useRef, type ReactNode } from 'react';

export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'info'; children: ReactNode }) {
  if (!children) return null;
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export const Loading = ({ what }: { what: string }) => (
  <p className="muted" role="status">
    Đang tải {what}…
  </p>
);

export const StateBadge = ({ state, label }: { state: string; label: string }) => (
  <span className={`badge state-${state}`}>{label}</span>
);

/** A modal question with two answers; Esc and "Huỷ" cancel, focus starts on the safe answer. */
export function Confirm(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onCancel={(e) => (e.preventDefault(), props.onCancel())}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <div>{props.children}</div>
      <div className="actions">
        <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
          Huỷ
        </button>
        <button type="button" onClick={props.onConfirm} disabled={props.busy}>
          {props.busy ? 'Đang thực hiện…' : props.confirm}
        </button>
      </div>
    </dialog>
  );
}
