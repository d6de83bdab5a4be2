import { useState } from 'react';
import { SlowNotice } from '../../../components/ui/slow-notice';
import { useActivateCertificate } from '../api/activate-certificate';
import { useDeactivateCertificate } from '../api/deactivate-certificate';
import { availableActions } from '../model/available-actions';
import type { Certificate } from '../model/certificate';
import { ActionButton } from './action-button';
import { DeleteConfirmation } from './delete-confirmation';
import { TurnOnConfirmation } from './turn-on-confirmation';

type Props = {
  accountId: string;
  certificate: Certificate;
  current: Certificate | null;
  onDeleted: () => void;
};

export function CertificateActions({ accountId, certificate, current, onDeleted }: Props) {
  const actions = availableActions(certificate);
  const activate = useActivateCertificate(accountId);
  const deactivate = useDeactivateCertificate(accountId);
  const [confirming, setConfirming] = useState<'turn-on' | 'delete' | null>(null);
  const failed = activate.error ?? deactivate.error;

  return (
    <section aria-labelledby="actions-heading" className="drawer-section">
      <h3 id="actions-heading">Actions</h3>
      <div className="actions">
        <ActionButton
          state={actions.activate}
          label="Activate"
          busyLabel="Activating…"
          busy={activate.isPending}
          variant="primary"
          onClick={() => {
            deactivate.reset();
            activate.mutate(certificate.id);
          }}
        />
        <ActionButton
          state={actions.turnOn}
          label="Confirm and turn on certificate"
          variant="primary"
          onClick={() => setConfirming('turn-on')}
        />
        <ActionButton
          state={actions.deactivate}
          label="Deactivate"
          busyLabel="Deactivating…"
          busy={deactivate.isPending}
          onClick={() => {
            activate.reset();
            deactivate.mutate(certificate.id);
          }}
        />
        <ActionButton
          state={actions.delete}
          label="Delete"
          variant="danger"
          onClick={() => setConfirming('delete')}
        />
      </div>
      <SlowNotice pending={activate.isPending || deactivate.isPending} />
      {failed ? (
        <p role="alert" className="callout callout--error">
          {failed.message}
        </p>
      ) : null}
      <TurnOnConfirmation
        accountId={accountId}
        certificate={certificate}
        current={current}
        open={confirming === 'turn-on'}
        onOpenChange={(open) => setConfirming(open ? 'turn-on' : null)}
      />
      <DeleteConfirmation
        accountId={accountId}
        certificate={certificate}
        open={confirming === 'delete'}
        onOpenChange={(open) => setConfirming(open ? 'delete' : null)}
        onDeleted={onDeleted}
      />
    </section>
  );
}
