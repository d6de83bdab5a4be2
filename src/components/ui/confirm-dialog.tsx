import type { ReactNode } from 'react';
import { Modal } from './modal';
import { SlowNotice } from './slow-notice';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  confirmClassName: string;
  /** The mutation behind the confirm button: while it runs the dialog cannot be closed or confirmed again. */
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
  /** Clears a failed attempt when the dialog is dismissed, so it does not greet the next opening. */
  onDismiss: () => void;
};

/** An alertdialog for a risky step: what will happen, Cancel, and a confirm button that stays busy until the server answers. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  pendingLabel,
  confirmClassName,
  pending,
  error,
  onConfirm,
  onDismiss,
}: Props) {
  const close = (next: boolean) => {
    if (pending) return;
    if (!next) onDismiss();
    onOpenChange(next);
  };
  return (
    <Modal role="alertdialog" open={open} onOpenChange={close} title={title} description={description}>
      {children}
      <SlowNotice pending={pending} />
      {error ? (
        <p role="alert" className="callout callout--error">
          {error.message}
        </p>
      ) : null}
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => close(false)} disabled={pending}>
          Cancel
        </button>
        <button type="button" className={confirmClassName} disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
