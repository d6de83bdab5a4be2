import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import { useNow } from '../../../lib/use-now';
import { useOpenedOnce } from '../../../lib/use-opened-once';
import { certificateQueries } from '../api/certificate-queries';
import { isSelectable, type Selection, selectedAmong, withSelected } from '../model/bulk-selection';
import { isPending } from '../model/display-status';
import {
  countByStatus,
  type ListView,
  nextSort,
  readView,
  type SortKey,
  viewCertificates,
  writeView,
} from '../model/list-view';
import { buildSearchIndex, searchCertificates } from '../model/search';
import { certificatePath } from '../paths';
import { BulkDelete } from './bulk-delete';
import { CertificatesSkeleton } from './certificates-skeleton';
import { CertificatesTable } from './certificates-table';
import { EmptyState } from './empty-state';
import { ExpiryBanner } from './expiry-banner';
import {
  LazyGenerateCertificateDialog as GenerateCertificateDialog,
  preloadCertificateParts,
  LazyUploadCertificateDialog as UploadCertificateDialog,
} from './lazy-certificate-parts';
import { LazyCertificatesTimeline } from './lazy-timeline';
import { NoMatches } from './no-matches';
import { RotationHost } from './rotation/rotation-host';
import { withRotation } from './rotation/rotation-search';
import { SearchField } from './search-field';
import { StatusFilter } from './status-filter';
import { ViewSwitch } from './view-switch';

export function CertificatesPage() {
  const { accountId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const now = useNow();
  const list = useQuery(certificateQueries.list(accountId));
  const [generating, setGenerating] = useState(false);
  const [uploading, setUploading] = useState(false);
  const generateMounted = useOpenedOnce(generating);
  const uploadMounted = useOpenedOnce(uploading);
  const hasData = list.data !== undefined;
  useEffect(() => (hasData ? preloadCertificateParts() : undefined), [hasData]);

  const view = useMemo(() => readView(searchParams), [searchParams]);
  // Rendered at once, not in the router's usual transition: the table then paints its first rows
  // straight away and the rest a moment later (see CertificatesTable), where a transition renders all
  // of them, in slices, before anything is painted.
  const setView = (next: ListView) => setSearchParams(writeView(next), { replace: true, flushSync: true });
  const sortBy = (sort: SortKey) => setView(nextSort(view, sort));

  const certificates = list.data;
  // Search keys are made by the first search of each list answer; a keystroke then only compares strings.
  const searchIndex = useMemo(() => buildSearchIndex(certificates ?? []), [certificates]);
  const matching = useMemo(() => searchCertificates(searchIndex, view.q), [searchIndex, view.q]);
  const shown = useMemo(() => viewCertificates(matching, view), [matching, view]);
  const [selected, setSelected] = useState<Selection>(() => new Set());
  const onSelect = useCallback(
    (ids: string[], checked: boolean) => setSelected((current) => withSelected(current, ids, checked)),
    [],
  );
  const selection = useMemo(() => ({ selected, onSelect }), [selected, onSelect]);
  const bulkTargets = useMemo(() => selectedAmong(shown, selected), [shown, selected]);
  const counts = useMemo(() => (certificates ? countByStatus(certificates) : null), [certificates]);
  const pendingCount = certificates?.filter(isPending).length ?? 0;
  const search = searchParams.toString() ? `?${searchParams.toString()}` : '';
  const isEmpty = certificates?.length === 0;

  return (
    <section aria-labelledby="certificates-heading">
      <div className="page-header">
        <div>
          <h1 id="certificates-heading">Certificates</h1>
          <p className="muted">
            Root certificates Gateway uses to inspect HTTPS traffic. Every device must trust the one in use.
          </p>
        </div>
        {isEmpty ? null : (
          <div className="page-header__actions">
            <button type="button" className="button" onClick={() => setUploading(true)}>
              Upload certificate
            </button>
            <button type="button" className="button button--primary" onClick={() => setGenerating(true)}>
              Generate certificate
            </button>
          </div>
        )}
      </div>

      {certificates ? (
        <ExpiryBanner
          certificates={certificates}
          now={now}
          onGenerate={() => setGenerating(true)}
          onRotate={() => setSearchParams(withRotation(searchParams, true), { replace: true })}
        />
      ) : null}

      {certificates && counts && !isEmpty ? (
        <div className="toolbar">
          <SearchField value={view.q} onChange={(q) => setView({ ...view, q })} />
          <StatusFilter
            value={view.status}
            counts={counts}
            total={certificates.length}
            onChange={(status) => setView({ ...view, status })}
          />
          <ViewSwitch value={view.layout} onChange={(layout) => setView({ ...view, layout })} />
          <p className="toolbar__live muted" role="status">
            {pendingCount > 0
              ? `${pendingCount} pending: refreshing every 2 seconds until deployment ends.`
              : list.isFetching
                ? 'Refreshing…'
                : ''}
          </p>
        </div>
      ) : null}

      {certificates && !isEmpty && view.layout === 'table' ? (
        <BulkDelete
          accountId={accountId}
          targets={bulkTargets}
          selectable={shown.some(isSelectable)}
          onFinished={(failed) => setSelected(new Set(failed))}
        />
      ) : null}

      {isEmpty ? (
        <EmptyState onGenerate={() => setGenerating(true)} onUpload={() => setUploading(true)} />
      ) : certificates ? (
        shown.length === 0 ? (
          <NoMatches view={view} onChange={setView} />
        ) : view.layout === 'timeline' ? (
          <LazyCertificatesTimeline accountId={accountId} certificates={shown} now={now} search={search} />
        ) : (
          <CertificatesTable
            accountId={accountId}
            certificates={shown}
            view={view}
            onSort={sortBy}
            now={now}
            search={search}
            selection={selection}
          />
        )
      ) : list.isError ? (
        <div role="alert" className="callout callout--error">
          <p>
            <strong>The certificates could not be loaded.</strong> {list.error.message}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void list.refetch()}
            disabled={list.isFetching}
          >
            {list.isFetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      ) : (
        <CertificatesSkeleton />
      )}

      {certificates && list.isError ? (
        <p role="alert" className="callout callout--warn">
          Could not refresh the list: {list.error.message} The list shows the last data received.
        </p>
      ) : null}

      {generateMounted ? (
        <GenerateCertificateDialog
          accountId={accountId}
          open={generating}
          onOpenChange={setGenerating}
          certificates={certificates}
          now={now}
          onGenerated={(certificate) =>
            void navigate(
              { pathname: certificatePath(accountId, certificate.id), search },
              { state: { fromList: true } },
            )
          }
        />
      ) : null}
      {uploadMounted ? (
        <UploadCertificateDialog
          accountId={accountId}
          open={uploading}
          onOpenChange={setUploading}
          certificates={certificates}
          onUploaded={(uploaded) =>
            void navigate(
              { pathname: certificatePath(accountId, uploaded.id), search },
              { state: { fromList: true } },
            )
          }
        />
      ) : null}
      <Outlet />
      <RotationHost accountId={accountId} now={now} />
    </section>
  );
}
