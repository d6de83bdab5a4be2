import { lazy, Suspense, useState } from 'react';
import { countOf, formatCount } from '../../../lib/format-date';
import type { Certificate } from '../model/certificate';

const BulkDeleteFlow = lazy(() =>
  import('./bulk-delete-flow').then((module) => ({ default: module.BulkDeleteFlow })),
);

type Props = {
  accountId: string;
  /** The selected certificates that a delete would act on (see selectedAmong). */
  targets: Certificate[];
  /** Whether any row shown can be selected at all; without one, and with nothing to report, nothing shows. */
  selectable: boolean;
  /** After a run: the ids that could not be deleted, which stay selected for another try. */
  onFinished: (failedIds: string[]) => void;
};

/**
 * "Delete selected (n)": one confirmation, then one DELETE per certificate with progress, then a
 * report. The button is on the first screen; the dialog and the run arrive when it is first used.
 */
export function BulkDelete({ accountId, targets, selectable, onFinished }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [used, setUsed] = useState(false);
  const count = targets.length;
  if (!selectable && !used) return null;

  return (
    <>
      {selectable ? (
        <div className="bulk-bar">
          {/* aria-disabled rather than disabled: it keeps focus when a run empties the selection. */}
          <button
            type="button"
            className="button button--danger"
            aria-disabled={count === 0}
            onClick={() => {
              if (count === 0) return;
              setUsed(true);
              setConfirming(true);
            }}
          >
            Delete selected ({formatCount(count)})
          </button>
          <p className="muted bulk-bar__hint">
            {count === 0
              ? 'Select Inactive certificates to delete them together.'
              : `${countOf(count, 'certificate')} selected.`}
          </p>
        </div>
      ) : null}
      {used ? (
        <Suspense fallback={null}>
          <BulkDeleteFlow
            accountId={accountId}
            targets={targets}
            confirming={confirming}
            onConfirmingChange={setConfirming}
            onFinished={onFinished}
          />
        </Suspense>
      ) : null}
    </>
  );
}
