import { useState } from 'react';
import { SlowNotice } from '../../../components/ui/slow-notice';
import { saveFile } from '../../../lib/download';
import { useActivateCertificate } from '../api/activate-certificate';
import type { CertificateActions as Actions } from '../model/available-actions';
import type { Certificate } from '../model/certificate';
import { certificateFile } from '../model/certificate-files';
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

const download = (certificate: Certificate, extension: 'pem' | 'crt') => {
  const file = certificateFile(certificate, extension);
  saveFile(file.name, file.contents, file.type);
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
      <h3>Install on devices</h3>
      <p className="muted">Download the certificate and add it to each device's trusted root store.</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => download(certificate, 'pem')}>
          Download .pem
        </button>
        <button type="button" className="button" onClick={() => download(certificate, 'crt')}>
          Download .crt
        </button>
      </div>
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
