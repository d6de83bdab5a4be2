import { Modal } from '../../../components/ui/modal';
import { SlowNotice } from '../../../components/ui/slow-notice';
import type { Certificate } from '../api/certificate';
import { useDeleteCertificate } from '../api/delete-certificate';
import { certificateLabel } from '../model/certificate-label';

type Props = {
  accountId: string;
  certificate: Certificate;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
};

export function DeleteConfirmation({ accountId, certificate, open, onOpenChange, onDeleted }: Props) {
  const remove = useDeleteCertificate(accountId);
  const label = certificateLabel(certificate);
  const close = (next: boolean) => {
    if (remove.isPending) return;
    if (!next) remove.reset();
    onOpenChange(next);
  };
  return (
    <Modal
      role="alertdialog"
      open={open}
      onOpenChange={close}
      title={`Delete ${label}?`}
      description="This permanently deletes the certificate from the account. It cannot be undone."
    >
      <p>
        Devices that trust it keep trusting it until it is removed from them. ID:{' '}
        <code>{certificate.id}</code>
      </p>
      <SlowNotice pending={remove.isPending} />
      {remove.isError ? (
        <p role="alert" className="callout callout--error">
          {remove.error.message}
        </p>
      ) : null}
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => close(false)} disabled={remove.isPending}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger-solid"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(certificate.id, {
              onSuccess: () => {
                onOpenChange(false);
                onDeleted();
              },
            })
          }
        >
          {remove.isPending ? 'Deleting…' : 'Delete certificate'}
        </button>
      </div>
    </Modal>
  );
}
