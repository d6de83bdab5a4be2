import { Modal } from '../../../components/ui/modal';
import { SlowNotice } from '../../../components/ui/slow-notice';
import type { Certificate } from '../api/certificate';
import { useTurnOnCertificate } from '../api/gateway-configuration';
import { certificateLabel } from '../model/certificate-label';

type Props = {
  accountId: string;
  certificate: Certificate;
  /** The certificate in use now, or null when Cloudflare's own root is. */
  current: Certificate | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function TurnOnConfirmation({ accountId, certificate, current, open, onOpenChange }: Props) {
  const turnOn = useTurnOnCertificate(accountId);
  const close = (next: boolean) => {
    if (turnOn.isPending) return;
    if (!next) turnOn.reset();
    onOpenChange(next);
  };
  return (
    <Modal
      role="alertdialog"
      open={open}
      onOpenChange={close}
      title="Turn on this certificate?"
      description={`Gateway will inspect HTTPS traffic with ${certificateLabel(certificate)}.`}
    >
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
      <SlowNotice pending={turnOn.isPending} />
      {turnOn.isError ? (
        <p role="alert" className="callout callout--error">
          {turnOn.error.message}
        </p>
      ) : null}
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => close(false)} disabled={turnOn.isPending}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={turnOn.isPending}
          onClick={() => turnOn.mutate(certificate.id, { onSuccess: () => onOpenChange(false) })}
        >
          {turnOn.isPending ? 'Turning on…' : 'Turn on certificate'}
        </button>
      </div>
    </Modal>
  );
}
