import { useState } from 'react';
import { SlowNotice } from '../../../../components/ui/slow-notice';
import { useActivateCertificate } from '../../api/activate-certificate';
import { useGenerateCertificate } from '../../api/generate-certificate';
import type { ActionState } from '../../model/available-actions';
import type { Certificate } from '../../model/certificate';
import { certificateLabel } from '../../model/certificate-label';
import type { RotationAction } from '../../model/rotation';
import { DEFAULT_VALIDITY_DAYS } from '../../model/validity';
import { ActionButton } from '../action-button';
import { CertificateDownloads } from '../certificate-downloads';
import { DeactivateConfirmation } from '../deactivate-confirmation';
import { InstallGuide } from '../install-guide';
import { TurnOnConfirmation } from '../turn-on-confirmation';

type Props = {
  accountId: string;
  action: RotationAction;
  from: Certificate | null;
  successor: Certificate | null;
  now: number;
  onSuccessor: (id: string) => void;
  onDevicesReady: () => void;
};

const stateOf = (blocked: string | null): ActionState =>
  blocked ? { kind: 'disabled', reason: blocked } : { kind: 'enabled' };

function Failure({ error }: { error: Error | null }) {
  return error ? (
    <p role="alert" className="callout callout--error">
      {error.message}
    </p>
  ) : null;
}

/** What the current step asks for, with the same calls and confirmations the drawer uses. */
export function RotationStepPanel({
  accountId,
  action,
  from,
  successor,
  now,
  onSuccessor,
  onDevicesReady,
}: Props) {
  const generate = useGenerateCertificate(accountId);
  const activate = useActivateCertificate(accountId);
  const [confirming, setConfirming] = useState<'turn-on' | 'retire' | null>(null);
  const oldLabel = from ? certificateLabel(from) : 'the old certificate';

  switch (action.kind) {
    case 'generate':
      return (
        <div className="rotation-step__panel">
          <p>
            A new root certificate to replace {oldLabel}, valid for 5 years (recommended). It starts Inactive.
          </p>
          <ActionButton
            state={stateOf(action.blocked)}
            label="Generate certificate"
            busyLabel="Generating…"
            busy={generate.isPending}
            variant="primary"
            onClick={() =>
              generate.mutate(DEFAULT_VALIDITY_DAYS, {
                onSuccess: (certificate) => onSuccessor(certificate.id),
              })
            }
          />
          <SlowNotice pending={generate.isPending} />
          <Failure error={generate.error} />
        </div>
      );
    case 'activate':
      return (
        <div className="rotation-step__panel">
          <p>
            Deploy {certificateLabel(action.certificate)} across Cloudflare's edge. It shows Pending for a few
            moments, then Available.
          </p>
          <ActionButton
            state={stateOf(action.blocked)}
            label="Activate"
            busyLabel="Activating…"
            busy={activate.isPending}
            variant="primary"
            onClick={() => activate.mutate(action.certificate.id)}
          />
          <SlowNotice pending={activate.isPending} />
          <Failure error={activate.error} />
        </div>
      );
    case 'deploying':
      return (
        <p role="status" className="rotation-step__panel callout callout--info">
          Deploying {certificateLabel(action.certificate)} across Cloudflare's edge. This refreshes on its own
          until it is Available.
        </p>
      );
    case 'install':
      return (
        <div className="rotation-step__panel">
          <p>
            Every device must trust {certificateLabel(action.certificate)} before it is turned on. The
            Cloudflare One Client installs it by itself where the device setting is on; every other device
            needs one of these files.
          </p>
          <CertificateDownloads accountId={accountId} certificate={action.certificate} now={now} />
          <InstallGuide certificate={action.certificate} />
          <div className="actions rotation-step__next">
            <button type="button" className="button button--primary" onClick={onDevicesReady}>
              Devices trust it
            </button>
          </div>
        </div>
      );
    case 'turn-on':
      return (
        <div className="rotation-step__panel">
          <p>
            Gateway will inspect HTTPS traffic with {certificateLabel(action.certificate)} instead of{' '}
            {oldLabel}.
          </p>
          <button type="button" className="button button--primary" onClick={() => setConfirming('turn-on')}>
            Confirm and turn on certificate
          </button>
          <TurnOnConfirmation
            accountId={accountId}
            certificate={action.certificate}
            current={from}
            now={now}
            open={confirming === 'turn-on'}
            onOpenChange={(open) => setConfirming(open ? 'turn-on' : null)}
          />
        </div>
      );
    case 'retire':
      return (
        <div className="rotation-step__panel">
          <p>
            {oldLabel} is no longer in use but still deployed. Deactivate it, then delete it from its drawer
            once no device needs it.
          </p>
          <button type="button" className="button button--danger" onClick={() => setConfirming('retire')}>
            Deactivate
          </button>
          {successor ? (
            <DeactivateConfirmation
              accountId={accountId}
              certificate={action.certificate}
              successor={successor}
              open={confirming === 'retire'}
              onOpenChange={(open) => setConfirming(open ? 'retire' : null)}
            />
          ) : null}
        </div>
      );
    case 'removing':
      return (
        <p role="status" className="rotation-step__panel callout callout--info">
          Removing {certificateLabel(action.certificate)} from Cloudflare's edge. This refreshes on its own
          until it is Inactive.
        </p>
      );
    case 'complete':
      return null;
  }
}
