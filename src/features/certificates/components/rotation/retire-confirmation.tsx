import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useDeactivateCertificate } from '../../api/deactivate-certificate';
import type { Certificate } from '../../model/certificate';
import { certificateLabel } from '../../model/certificate-label';

type Props = {
  accountId: string;
  /** The old certificate, no longer in use. */
  certificate: Certificate;
  successor: Certificate;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Retiring is a deactivation, and a deactivation is confirmed: devices on the One Client lose the certificate. */
export function RetireConfirmation({ accountId, certificate, successor, open, onOpenChange }: Props) {
  const deactivate = useDeactivateCertificate(accountId);
  const label = certificateLabel(certificate);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Deactivate ${label}?`}
      description={`It is removed from Cloudflare's edge and becomes Inactive. Gateway inspects with ${certificateLabel(successor)} now.`}
      confirmLabel="Deactivate certificate"
      pendingLabel="Deactivating…"
      confirmClassName="button button--danger-solid"
      pending={deactivate.isPending}
      error={deactivate.error}
      onDismiss={deactivate.reset}
      onConfirm={() => deactivate.mutate(certificate.id, { onSuccess: () => onOpenChange(false) })}
    >
      <p className="callout callout--warn">
        Devices that get it from the Cloudflare One Client lose it. Anything still inspected with it stops
        working, so make sure every device trusts {certificateLabel(successor)} first.
      </p>
    </ConfirmDialog>
  );
}
