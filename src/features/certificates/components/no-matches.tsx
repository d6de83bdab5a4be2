import type { ListView } from '../model/list-view';

type Props = { view: ListView; onChange: (view: ListView) => void };

/** Nothing passes the search and the status filter: say which, and offer the way back. */
export function NoMatches({ view, onChange }: Props) {
  const filtered = view.status !== 'all';
  return (
    <div className="callout">
      <p>
        {view.q.trim() !== ''
          ? `No certificates${filtered ? ` that are ${view.status}` : ''} match “${view.q.trim()}”.`
          : `No certificates are ${view.status}.`}
      </p>
      <div className="with-action">
        {view.q !== '' ? (
          <button type="button" className="button" onClick={() => onChange({ ...view, q: '' })}>
            Clear search
          </button>
        ) : null}
        {filtered ? (
          <button type="button" className="button" onClick={() => onChange({ ...view, status: 'all' })}>
            Show all statuses
          </button>
        ) : null}
      </div>
    </div>
  );
}
