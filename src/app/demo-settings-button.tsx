import { lazy, Suspense, useState } from 'react';
import { clockOffset } from '../lib/clock';
import { formatDateTime } from '../lib/format-date';
import { useNow } from '../lib/use-now';

// Loaded on first open, so neither mode's first screen carries the dialog.
const DemoSettingsDialog = lazy(() =>
  import('./demo-settings/demo-settings-dialog').then((module) => ({ default: module.DemoSettingsDialog })),
);

/** Mock mode only: the Demo settings button, and the demo clock when it is not real time. */
export function DemoSettingsButton({ accountId }: { accountId: string }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const now = useNow();
  const moved = Math.abs(clockOffset()) >= 60_000;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        Demo settings
      </button>
      {moved ? (
        <p className="mode__clock">
          Demo clock:{' '}
          <time dateTime={new Date(now).toISOString()}>{formatDateTime(new Date(now).toISOString())}</time>
        </p>
      ) : null}
      {loaded ? (
        <Suspense fallback={<span role="status">Loading demo settings…</span>}>
          <DemoSettingsDialog accountId={accountId} open={open} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}
