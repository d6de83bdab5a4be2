import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { failNextChange } from './demo-api';

/** Fail the next change: the next mutation of this account gets an HTTP 500, to show how errors read. */
export function FailureSection({ accountId }: { accountId: string }) {
  const headingId = useId();
  const arm = useMutation({ mutationFn: () => failNextChange(accountId) });
  return (
    <section className="demo-settings__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Failures</h3>
      <div className="actions">
        <button type="button" className="button" disabled={arm.isPending} onClick={() => arm.mutate()}>
          Fail the next change
        </button>
        <p role="status" className="muted">
          {arm.isSuccess
            ? 'The next change (generate, activate, turn on, delete…) will get an HTTP 500. Reloading the page forgets it.'
            : ''}
        </p>
      </div>
      {arm.isError ? (
        <p role="alert" className="callout callout--error">
          Could not arrange the failure: {arm.error.message}
        </p>
      ) : null}
    </section>
  );
}
