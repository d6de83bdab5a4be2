import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useDeleteCertificate } from '../api/delete-certificate';
import type { Certificate } from '../model/certificate';
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
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${certificateLabel(certificate)}?`}
      description="This permanently deletes the certificate from the account. It cannot be undone."
      confirmLabel="Delete certificate"
      pendingLabel="Deleting…"
      confirmClassName="button button--danger-solid"
      pending={remove.isPending}
      error={remove.error}
      onDismiss={remove.reset}
      onConfirm={() =>
        remove.mutate(certificate.id, {
          onSuccess: () => {
            onOpenChange(false);
            onDeleted();
          },
        })
      }
    >
      <p>
        Devices that trust it keep trusting it until it is removed from them. ID:{' '}
        <code>{certificate.id}</code>
      </p>
    </ConfirmDialog>
  );
}
