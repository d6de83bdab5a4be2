import { useState } from 'react';
import { SlowNotice } from '../../../components/ui/slow-notice';
import { useActivateCertificate } from '../api/activate-certificate';
import type { CertificateActions as Actions } from '../model/available-actions';
import type { Certificate } from '../model/certificate';
import { ActionButton } from './action-button';
import { DeactivateConfirmation } from './deactivate-confirmation';
import { DeleteConfirmation } from './delete-confirmation';

type Props = {
  accountId: string;
  certificate: Certificate;
  /** What applies to it now (turning on is offered in Basic information). */
  actions: Actions;
  onDeleted: () => void;
};

export function CertificateActions({ accountId, certificate, actions, onDeleted }: Props) {
  const activate = useActivateCertificate(accountId);
  const [confirming, setConfirming] = useState<'deactivate' | 'delete' | null>(null);

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
          onClick={() => activate.mutate(certificate.id)}
        />
        <ActionButton
          state={actions.deactivate}
          label="Deactivate"
          onClick={() => {
            activate.reset();
            setConfirming('deactivate');
          }}
        />
        <ActionButton
          state={actions.delete}
          label="Delete"
          variant="danger"
          onClick={() => setConfirming('delete')}
        />
      </div>
      <SlowNotice pending={activate.isPending} />
      {activate.error ? (
        <p role="alert" className="callout callout--error">
          {activate.error.message}
        </p>
      ) : null}
      <DeactivateConfirmation
        accountId={accountId}
        certificate={certificate}
        open={confirming === 'deactivate'}
        onOpenChange={(open) => setConfirming(open ? 'deactivate' : null)}
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
