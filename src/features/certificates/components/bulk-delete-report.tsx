import { countOf } from '../../../lib/format-date';
import type { BulkDeleteState } from '../api/bulk-delete-certificates';

type Props = {
  status: BulkDeleteState['status'];
  deleted: number;
  failures: BulkDeleteState['failures'];
  labelOf: (id: string) => string;
  onDismiss: () => void;
};

const plural = (count: number) => countOf(count, 'certificate');

/** What a bulk delete did: how many went, and each one that did not, with the API's reason. */
export function BulkDeleteReport({ status, deleted, failures, labelOf, onDismiss }: Props) {
  if (status !== 'done') return null;
  const dismiss = (
    <button type="button" className="button button--small" onClick={onDismiss}>
      Dismiss
    </button>
  );
  if (failures.length === 0) {
    return (
      <div role="status" className="callout callout--info bulk-report">
        <p>Deleted {plural(deleted)}.</p>
        {dismiss}
      </div>
    );
  }
  return (
    <div role="alert" className="callout callout--error bulk-report">
      <p>
        <strong>
          {plural(failures.length)} could not be deleted; {plural(deleted)} deleted.
        </strong>{' '}
        The ones that failed are still selected: try again with Delete selected.
      </p>
      <ul>
        {failures.map((failure) => (
          <li key={failure.id}>
            {labelOf(failure.id)}: {failure.message}
          </li>
        ))}
      </ul>
      {dismiss}
    </div>
  );
}
