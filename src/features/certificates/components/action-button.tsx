import { useId } from 'react';
import type { ActionState } from '../model/available-actions';

type Props = {
  state: ActionState;
  label: string;
  busyLabel?: string;
  busy?: boolean;
  variant?: 'primary' | 'danger' | 'default';
  onClick: () => void;
};

/** A lifecycle action: hidden when it does not apply, disabled with its reason when it cannot apply yet. */
export function ActionButton({ state, label, busyLabel, busy = false, variant = 'default', onClick }: Props) {
  const reasonId = useId();
  if (state.kind === 'hidden') return null;
  const disabled = state.kind === 'disabled' || busy;
  return (
    <div className="action">
      <button
        type="button"
        className={`button${variant === 'default' ? '' : ` button--${variant}`}`}
        disabled={disabled}
        aria-describedby={state.kind === 'disabled' ? reasonId : undefined}
        onClick={onClick}
      >
        {busy && busyLabel ? busyLabel : label}
      </button>
      {state.kind === 'disabled' ? (
        <p id={reasonId} className="action__reason">
          {state.reason}
        </p>
      ) : null}
    </div>
  );
}
