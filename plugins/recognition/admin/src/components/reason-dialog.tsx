// A confirmation that needs a text (a reason for not proposing, not recognising or reopening the
// scoring; a request to a unit): typed in the dialog, which confirms only once the text has the
// server's own minimum length, and starts empty each time it opens.
import { Field, Textarea } from '@strapi/design-system';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './feedback';

export function ReasonDialog({
  open,
  title,
  confirm,
  onClose,
  onConfirm,
  hint = 'Lý do được ghi vào nhật ký (ít nhất 5 ký tự).',
  label = 'Lý do',
  min = 5,
  variant = 'danger',
  children,
}: {
  open: boolean;
  title: ReactNode;
  confirm: string;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  hint?: string;
  label?: string;
  /** The server's minimum length for the text. */
  min?: number;
  variant?: 'default' | 'danger';
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (!open) setReason('');
  }, [open]);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={title}
      confirm={confirm}
      variant={variant}
      disabled={reason.trim().length < min}
      onConfirm={() => onConfirm(reason.trim())}
    >
      {children}
      <Field.Root name="reason" required hint={hint} style={{ width: '100%' }}>
        <Field.Label>{label}</Field.Label>
        <Textarea
          value={reason}
          onChange={(e: { target: { value: string } }) => setReason(e.target.value)}
        />
        <Field.Hint />
      </Field.Root>
    </ConfirmDialog>
  );
}
