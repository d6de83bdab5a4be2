import { useState } from 'react';
import type { ActionState } from '../model/available-actions';
import type { Certificate } from '../model/certificate';
import { ActionButton } from './action-button';
import { TurnOnConfirmation } from './turn-on-confirmation';

type Props = {
  accountId: string;
  certificate: Certificate;
  current: Certificate | null;
  state: ActionState;
  now: number;
};

/** "Confirm and turn on certificate", where the seed puts it: in Basic information. */
export function TurnOnAction({ accountId, certificate, current, state, now }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {state.kind === 'hidden' ? null : (
        <div className="actions basic-information__action">
          <ActionButton
            state={state}
            label="Confirm and turn on certificate"
            variant="primary"
            onClick={() => setConfirming(true)}
          />
        </div>
      )}
      {/* Stays mounted when the button goes (another tab changed the certificate), so an open
          confirmation still answers with the server's reason. */}
      <TurnOnConfirmation
        accountId={accountId}
        certificate={certificate}
        current={current}
        now={now}
        open={confirming}
        onOpenChange={setConfirming}
      />
    </>
  );
}
