import { useRef } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { countOf } from '../../../lib/format-date';
import { useBulkDelete } from '../api/bulk-delete-certificates';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';
import { BulkDeleteReport } from './bulk-delete-report';

type Props = {
  accountId: string;
  targets: Certificate[];
  confirming: boolean;
  onConfirmingChange: (open: boolean) => void;
  onFinished: (failedIds: string[]) => void;
};

const plural = (count: number) => countOf(count, 'certificate');

/** The confirmation, the run with its progress, and the report: loaded the first time Delete selected is used. */
export function BulkDeleteFlow({ accountId, targets, confirming, onConfirmingChange, onFinished }: Props) {
  const bulk = useBulkDelete(accountId);
  // The names as they were confirmed: deleted rows leave the list while the run goes on.
  const labels = useRef(new Map<string, string>());
  const running = bulk.status === 'running';
  const count = targets.length;

  const start = () => {
    labels.current = new Map(targets.map((c) => [c.id, certificateLabel(c)]));
    void bulk.run(targets.map((c) => c.id)).then((failures) => {
      if (!failures) return;
      onConfirmingChange(false);
      onFinished(failures.map((failure) => failure.id));
    });
  };
  const listed = running ? [...labels.current] : targets.map((c) => [c.id, certificateLabel(c)] as const);

  return (
    <>
      {confirming ? null : (
        <BulkDeleteReport
          status={bulk.status}
          deleted={bulk.deleted.length}
          failures={bulk.failures}
          labelOf={(id) => labels.current.get(id) ?? id}
          onDismiss={bulk.reset}
        />
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={onConfirmingChange}
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
          {listed.map(([id, label]) => (
            <li key={id}>{label}</li>
          ))}
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
