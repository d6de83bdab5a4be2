import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useFocusReturn } from './use-focus-return';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  children: ReactNode;
  /** The `alertdialog` role for confirmations of risky steps. */
  role?: 'dialog' | 'alertdialog';
};

const TABBABLE =
  'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Radix focuses the first tabbable element. When that is a radio, focus belongs on the group's checked
 * radio, as Tab would put it; otherwise Space picks the first choice over the one already made.
 */
function focusCheckedRadio(event: Event) {
  const content = event.currentTarget;
  if (!(content instanceof HTMLElement)) return;
  const first = content.querySelector(TABBABLE);
  if (!(first instanceof HTMLInputElement) || first.type !== 'radio') return;
  const checked = Array.from(content.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
    (radio) => radio.name === first.name && radio.checked,
  );
  if (!checked) return;
  event.preventDefault();
  checked.focus();
}

/** A centred dialog for forms and confirmations; every one has a title and a description. */
export function Modal({ open, onOpenChange, title, description, children, role = 'dialog' }: Props) {
  const focusReturn = useFocusReturn();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content
          className="modal"
          role={role}
          {...focusReturn}
          onOpenAutoFocus={(event) => {
            focusReturn.onOpenAutoFocus();
            focusCheckedRadio(event);
          }}
        >
          <Dialog.Title className="modal__title">{title}</Dialog.Title>
          <Dialog.Description className="modal__description">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
