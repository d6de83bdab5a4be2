import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { describeExpiry, formatCount, formatDate } from '../../../lib/format-date';
import type { Certificate } from '../model/certificate';
import { certificateLabel, typeLabel } from '../model/certificate-label';
import { expiryState } from '../model/expiry';
import type { ListView, SortKey } from '../model/list-view';
import { certificatePath } from '../paths';
import { ExpiryMark } from './expiry-mark';
import { RowSelectBox, type RowSelection, SelectAllBox } from './row-select';
import { StatusBadge } from './status-badge';
import { useRowsInTwoRenders } from './use-rows-in-two-renders';

/** Rows rendered at first; more on request, so thousands of certificates stay quick to show, sort and filter. */
export const PAGE_SIZE = 50;

type Props = {
  accountId: string;
  certificates: Certificate[];
  view: ListView;
  onSort: (sort: SortKey) => void;
  now: number;
  search: string;
  /** Checkboxes on the Inactive rows, for a bulk delete. */
  selection?: RowSelection;
};

function SortHeader({
  label,
  sortKey,
  view,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  view: ListView;
  onSort: (sort: SortKey) => void;
}) {
  const active = view.sort === sortKey;
  const ariaSort = active ? (view.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (view.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

type RowProps = {
  accountId: string;
  certificate: Certificate;
  now: number;
  open: (id: string) => void;
  /** Whether its checkbox is ticked; absent when the row has none. */
  selected?: boolean;
  onSelect?: RowSelection['onSelect'];
};

/**
 * The row's link keeps the list's view (filter, sort) in its address. It reads the view itself, so a
 * filter or sort re-renders these links, not every row around them. A plain anchor rather than the
 * router's Link, which resolves its route and builds a click handler on every render: 50 of those were
 * the largest part of a sort's answer. A plain left click opens the drawer in the page as Link would;
 * any other (a new tab, a modifier) is left to the browser, which follows the href.
 */
function CertificateLink({
  accountId,
  certificate,
  open,
}: {
  accountId: string;
  certificate: Certificate;
  open: (id: string) => void;
}) {
  const { search } = useLocation();
  return (
    <a
      href={`${certificatePath(accountId, certificate.id)}${search}`}
      // Rows are keyed by position: a dialog opened from here gives focus back only to this certificate.
      data-focus-identity={certificate.id}
      onClick={(event) => {
        // The row opens the drawer on a click too; one navigation is enough.
        event.stopPropagation();
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        open(certificate.id);
      }}
    >
      {certificateLabel(certificate)}
    </a>
  );
}

/** One row, memoised: a change renders only the rows whose certificate (or its state) changed. */
const CertificateRow = memo(function CertificateRow({
  accountId,
  certificate,
  now,
  open,
  selected,
  onSelect,
}: RowProps) {
  return (
    // The row is a large click target; the link in its first cell is the keyboard's way in.
    <tr className="table__row--link" onClick={() => open(certificate.id)}>
      <th scope="row">
        {onSelect ? <RowSelectBox certificate={certificate} selected={selected} onSelect={onSelect} /> : null}
        <CertificateLink accountId={accountId} certificate={certificate} open={open} />
      </th>
      <td>{typeLabel(certificate)}</td>
      <td>
        <StatusBadge certificate={certificate} />
      </td>
      <td>{certificate.createdAt ? formatDate(certificate.createdAt) : '—'}</td>
      <td>
        {certificate.expiresOn ? (
          <span className="expires">
            {formatDate(certificate.expiresOn)}{' '}
            <span className="muted">{describeExpiry(certificate.expiresOn, now)}</span>{' '}
            <ExpiryMark state={expiryState(certificate, now)} />
          </span>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
});

export function CertificatesTable({ accountId, certificates, view, onSort, now, search, selection }: Props) {
  // A new filter or sort starts again from the first page: state adjusted while rendering, so the rows
  // that stay are kept (a remount would rebuild all of them).
  const viewKey = `${view.status}-${view.sort}-${view.direction}`;
  const [paging, setPaging] = useState({ viewKey, limit: PAGE_SIZE });
  if (paging.viewKey !== viewKey) setPaging({ viewKey, limit: PAGE_SIZE });
  const limit = paging.viewKey === viewKey ? paging.limit : PAGE_SIZE;
  const navigate = useNavigate();
  const shown = useMemo(() => certificates.slice(0, limit), [certificates, limit]);
  const remaining = certificates.length - shown.length;
  const { head, tail } = useRowsInTwoRenders(shown);
  // Read when a row is clicked, so a new view does not hand every row a new callback.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);
  const open = useCallback(
    (id: string) =>
      void navigate(
        { pathname: certificatePath(accountId, id), search: searchRef.current },
        { state: { fromList: true } },
      ),
    [navigate, accountId],
  );

  // Keyed by position, not by id: after a filter, a sort or a keystroke most places hold another
  // certificate, and rewriting a row's text costs a fraction of building a new row (a sort of 2,000
  // answered in ~45 ms against ~60). A row holds no state of its own that could stay behind.
  const renderRow = (certificate: Certificate, position: number) => (
    <CertificateRow
      key={position}
      accountId={accountId}
      certificate={certificate}
      now={now}
      open={open}
      selected={selection?.selected.has(certificate.id)}
      onSelect={selection?.onSelect}
    />
  );

  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">
            Root certificates of this account; select one to see its details and actions
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {selection ? <SelectAllBox rows={shown} selection={selection} /> : null}
                Certificate
              </th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <SortHeader label="Created" sortKey="created" view={view} onSort={onSort} />
              <SortHeader label="Expires" sortKey="expires" view={view} onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {head.map(renderRow)}
            {tail.map(renderRow)}
          </tbody>
        </table>
      </div>
      {remaining > 0 ? (
        <div className="table-more">
          <p className="muted">
            Showing {formatCount(shown.length)} of {formatCount(certificates.length)}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setPaging({ viewKey, limit: limit + PAGE_SIZE })}
          >
            Show {Math.min(PAGE_SIZE, remaining)} more
          </button>
        </div>
      ) : null}
    </>
  );
}
