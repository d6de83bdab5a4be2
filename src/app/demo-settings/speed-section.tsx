import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type DemoSpeed, getSpeed, setSpeed } from './demo-api';
import { demoSettingsKeys } from './demo-settings-keys';
import { NumberField } from './number-field';
import { parseLatencyMs, parsePendingSeconds } from './speed-values';

/** The form, once the current speed is known: typed values are checked before anything is sent. */
function SpeedForm({ accountId, speed }: { accountId: string; speed: DemoSpeed }) {
  const queryClient = useQueryClient();
  const ids = { pending: useId(), latency: useId() };
  const [pending, setPending] = useState(String(speed.pendingMs / 1000));
  const [latency, setLatency] = useState(String(speed.latencyMs));
  const [showErrors, setShowErrors] = useState(false);
  const save = useMutation({
    mutationFn: (values: { pendingMs: number; latencyMs: number }) => setSpeed(accountId, values),
    // Read again on the next opening, not now: refilling the fields would wipe what says it was applied.
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: demoSettingsKeys.speed(accountId), refetchType: 'none' }),
  });
  const pendingParsed = parsePendingSeconds(pending);
  const latencyParsed = parseLatencyMs(latency);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (!pendingParsed.ok || !latencyParsed.ok) {
      setShowErrors(true);
      document.getElementById(pendingParsed.ok ? ids.latency : ids.pending)?.focus();
      return;
    }
    setShowErrors(false);
    save.mutate({ pendingMs: Math.round(pendingParsed.value * 1000), latencyMs: latencyParsed.value });
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={save.isPending}>
      <NumberField
        id={ids.pending}
        label="Pending duration (seconds)"
        hint="How long activating or deactivating stays Pending: 0 to 600 seconds."
        value={pending}
        error={showErrors && !pendingParsed.ok ? pendingParsed.message : null}
        disabled={save.isPending}
        onChange={(value) => {
          setPending(value);
          save.reset();
        }}
      />
      <NumberField
        id={ids.latency}
        label="Response latency (ms)"
        hint="How long each answer takes: 0 to 60,000 milliseconds."
        value={latency}
        error={showErrors && !latencyParsed.ok ? latencyParsed.message : null}
        disabled={save.isPending}
        onChange={(value) => {
          setLatency(value);
          save.reset();
        }}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Applying…' : 'Apply speed'}
        </button>
        <p role="status" className="muted">
          {save.isSuccess
            ? `Applied: Pending lasts ${save.data.pendingMs / 1000} s, each answer takes ${save.data.latencyMs} ms.`
            : ''}
        </p>
      </div>
      {save.isError ? (
        <p role="alert" className="callout callout--error">
          The speed was not changed: {save.error.message}
        </p>
      ) : null}
    </form>
  );
}

/** How long Pending lasts and how slow each answer is, for this account. */
export function SpeedSection({ accountId }: { accountId: string }) {
  const headingId = useId();
  const speed = useQuery({ queryKey: demoSettingsKeys.speed(accountId), queryFn: () => getSpeed(accountId) });
  return (
    <section className="demo-settings__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Speed</h3>
      {speed.data ? (
        <SpeedForm key={speed.dataUpdatedAt} accountId={accountId} speed={speed.data} />
      ) : speed.isError ? (
        <p role="alert" className="callout callout--error">
          The speed settings could not be read: {speed.error.message}{' '}
          <button type="button" className="button button--small" onClick={() => void speed.refetch()}>
            Retry
          </button>
        </p>
      ) : (
        <p role="status">Reading the speed settings…</p>
      )}
    </section>
  );
}
