import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useTurnOnCertificate } from '../api/gateway-configuration';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';
import { turnOnExpiryWarning } from '../model/expiry';

type Props = {
  accountId: string;
  certificate: Certificate;
  /** The certificate in use now, or null when Cloudflare's own root is. */
  current: Certificate | null;
  now: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function TurnOnConfirmation({ accountId, certificate, current, now, open, onOpenChange }: Props) {
  const turnOn = useTurnOnCertificate(accountId);
  const expiryWarning = turnOnExpiryWarning(certificate, now);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Turn on this certificate?"
      description={`Gateway will inspect HTTPS traffic with ${certificateLabel(certificate)}.`}
      confirmLabel="Turn on certificate"
      pendingLabel="Turning on…"
      confirmClassName="button button--primary"
      pending={turnOn.isPending}
      error={turnOn.error}
      onDismiss={turnOn.reset}
      onConfirm={() => turnOn.mutate(certificate.id, { onSuccess: () => onOpenChange(false) })}
    >
      {expiryWarning ? (
        <p className="callout callout--error">
          <strong>This certificate expires within 30 days.</strong> {expiryWarning}
        </p>
      ) : null}
      <div className="callout callout--warn">
        <p>
          <strong>Every device must already trust this certificate.</strong> Devices that do not will show
          certificate errors on every HTTPS site they visit.
        </p>
        <p>
          {current
            ? `${certificateLabel(current)}, in use now, becomes Available only: it stays deployed but is no longer used.`
            : "Cloudflare's own root certificate, in use now, will no longer be used."}
        </p>
      </div>
    </ConfirmDialog>
  );
}
