import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useBulkDelete } from '../api/bulk-delete-certificates';
import type { Certificate } from '../api/certificate';
import { certificateLabel } from '../model/certificate-label';
import { BulkDeleteReport } from './bulk-delete-report';

type Props = {
  accountId: string;
  /** The selected certificates that a delete would act on (see selectedAmong). */
  targets: Certificate[];
  /** Whether any row shown can be selected at all; without one, and with nothing to report, nothing shows. */
  selectable: boolean;
  /** After a run: the ids that could not be deleted, which stay selected for another try. */
  onFinished: (failedIds: string[]) => void;
};

const plural = (count: number) => `${count.toLocaleString('en-US')} certificate${count === 1 ? '' : 's'}`;

/** "Delete selected": one confirmation, then one DELETE per certificate with progress, then a report. */
export function BulkDelete({ accountId, targets, selectable, onFinished }: Props) {
  const bulk = useBulkDelete(accountId);
  const [confirming, setConfirming] = useState(false);
  const labels = useRef(new Map<string, string>());
  const running = bulk.status === 'running';
  const count = targets.length;

  if (!selectable && bulk.status === 'idle') return null;

  const start = () => {
    labels.current = new Map(targets.map((c) => [c.id, certificateLabel(c)]));
    void bulk.run(targets.map((c) => c.id)).then((failures) => {
      if (!failures) return;
      setConfirming(false);
      onFinished(failures.map((failure) => failure.id));
    });
  };

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
              bulk.reset();
              setConfirming(true);
            }}
          >
            Delete selected ({count.toLocaleString('en-US')})
          </button>
          <p className="muted bulk-bar__hint">
            {count === 0
              ? 'Select Inactive certificates to delete them together.'
              : `${plural(count)} selected.`}
          </p>
        </div>
      ) : null}
      <BulkDeleteReport
        status={bulk.status}
        deleted={bulk.deleted.length}
        failures={bulk.failures}
        labelOf={(id) => labels.current.get(id) ?? id}
        onDismiss={bulk.reset}
      />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${plural(running ? bulk.total : count)}?`}
        description="This permanently deletes these Inactive certificates from the account, one at a time. It cannot be undone."
        confirmLabel={`Delete ${plural(count)}`}
        pendingLabel={`Deleting ${Math.min(bulk.done + 1, bulk.total)} of ${bulk.total}…`}
        confirmClassName="button button--danger-solid"
        pending={running}
        error={null}
        onDismiss={() => {}}
        onConfirm={start}
      >
        <ul className="bulk-list">
          {(running ? [...labels.current] : targets.map((c) => [c.id, certificateLabel(c)] as const)).map(
            ([id, label]) => (
              <li key={id}>{label}</li>
            ),
          )}
        </ul>
        {running ? (
          <div className="bulk-progress">
            <progress max={bulk.total} value={bulk.done} aria-label="Deleting certificates" />
            <p role="status">
              {bulk.done} of {bulk.total} done
              {bulk.done > bulk.deleted.length ? `, ${bulk.done - bulk.deleted.length} failed` : ''}.
            </p>
          </div>
        ) : (
          <p>Devices that trust them keep trusting them until they are removed from those devices.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
