import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useDeactivateCertificate } from '../api/deactivate-certificate';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';

type Props = {
  accountId: string;
  certificate: Certificate;
  /** When retiring an old root in a rotation: the certificate Gateway inspects with now. */
  successor?: Certificate;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Deactivating is confirmed, from the drawer and when a rotation retires the old root alike. */
export function DeactivateConfirmation({ accountId, certificate, successor, open, onOpenChange }: Props) {
  const deactivate = useDeactivateCertificate(accountId);
  const inspectsWith = successor ? ` Gateway inspects with ${certificateLabel(successor)} now.` : '';
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Deactivate ${certificateLabel(certificate)}?`}
      description={`It is removed from Cloudflare's edge and becomes Inactive.${inspectsWith}`}
      confirmLabel="Deactivate certificate"
      pendingLabel="Deactivating…"
      confirmClassName="button button--danger-solid"
      pending={deactivate.isPending}
      error={deactivate.error}
      onDismiss={deactivate.reset}
      onConfirm={() => deactivate.mutate(certificate.id, { onSuccess: () => onOpenChange(false) })}
    >
      <div className="callout callout--warn">
        <p>
          <strong>It disappears from devices that get it from the Cloudflare One Client.</strong> Devices
          where it was installed by hand keep it until it is removed from them.
        </p>
        {successor ? (
          <p>
            Anything still inspected with it stops working, so make sure every device trusts{' '}
            {certificateLabel(successor)} first.
          </p>
        ) : (
          <p>To use it again, activate it and wait until it is Available.</p>
        )}
      </div>
    </ConfirmDialog>
  );
}
