// What the admin pages share to talk back: the message of a failed request, the notice shown
// above a page, and the confirmation dialog asked before an action that cannot be undone.
import { Button, Dialog } from '@strapi/design-system';
import type { ReactNode } from 'react';

export type Notice = { kind: 'success' | 'danger'; text: string } | null;

/** The server's Vietnamese message when there is one, else the transport's. */
type Failure = { message?: string; response?: { data?: { error?: { message?: string } } } };
export const errorText = (e: unknown): string => {
  const f = (e ?? {}) as Failure;
  return f.response?.data?.error?.message ?? f.message ?? String(e);
};

type ConfirmProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  variant?: 'default' | 'danger';
  disabled?: boolean;
  loading?: boolean;
};

/** A dialog with "Hủy" and one confirming button. */
export const ConfirmDialog = ({
  open,
  onClose,
  title,
  children,
  confirm,
  onConfirm,
  variant = 'default',
  disabled,
  loading,
}: ConfirmProps) => (
  <Dialog.Root open={open} onOpenChange={(o: boolean) => !o && onClose()}>
    <Dialog.Content>
      <Dialog.Header>{title}</Dialog.Header>
      {/* The design system centres a dialog's body, so a form wider than the text was cut off on
          the left at 1366 × 768; stretched, it wraps, and a tall one scrolls inside the dialog. */}
      <Dialog.Body
        alignItems="stretch"
        style={{ maxHeight: 'calc(100vh - 10rem)', overflowY: 'auto' }}
      >
        {children}
      </Dialog.Body>
      <Dialog.Footer>
        <Dialog.Cancel>
          <Button variant="tertiary">Hủy</Button>
        </Dialog.Cancel>
        <Button variant={variant} disabled={disabled} loading={loading} onClick={onConfirm}>
          {confirm}
        </Button>
      </Dialog.Footer>
    </Dialog.Content>
  </Dialog.Root>
);
