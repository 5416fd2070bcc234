// A confirmation that needs a reason (not proposing, not recognising, reopening the scoring): the
// reason is typed in the dialog, which confirms only once it has five characters, the server's
// own minimum, and starts empty each time it opens.
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
  children,
}: {
  open: boolean;
  title: ReactNode;
  confirm: string;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  hint?: string;
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
      variant="danger"
      disabled={reason.trim().length < 5}
      onConfirm={() => onConfirm(reason.trim())}
    >
      {children}
      <Field.Root name="reason" required hint={hint} style={{ width: '100%' }}>
        <Field.Label>Lý do</Field.Label>
        <Textarea
          value={reason}
          onChange={(e: { target: { value: string } }) => setReason(e.target.value)}
        />
        <Field.Hint />
      </Field.Root>
    </ConfirmDialog>
  );
}
