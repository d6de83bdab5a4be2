import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { certificateQueries } from '../api/certificate-queries';
import { CertificatesTable } from './certificates-table';

export function CertificatesPage() {
  const { accountId = '' } = useParams();
  const list = useQuery(certificateQueries.list(accountId));

  return (
    <section aria-labelledby="certificates-heading">
      <div className="page-header">
        <div>
          <h1 id="certificates-heading">Certificates</h1>
          <p className="muted">
            Root certificates Gateway uses to inspect HTTPS traffic. Every device must trust the one in use.
          </p>
        </div>
      </div>
      {list.data?.length === 0 ? (
        <div className="callout callout--info">
          <h2>No certificates yet</h2>
          <p>Gateway inspects traffic with Cloudflare's own root certificate.</p>
        </div>
      ) : list.data ? (
        <CertificatesTable accountId={accountId} certificates={list.data} now={Date.now()} />
      ) : list.isError ? (
        <div role="alert" className="callout callout--error">
          <p>{list.error.message}</p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        <p role="status">Loading certificates…</p>
      )}
      <Outlet />
    </section>
  );
}
