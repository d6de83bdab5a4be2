import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { certificatesPath } from '../../../app/paths';
import { Sheet } from '../../../components/ui/sheet';
import { certificateQueries } from '../api/certificate-queries';
import { certificateLabel } from '../model/certificate-label';
import { StatusBadge } from './status-badge';

export function CertificateDrawerRoute() {
  const { accountId = '', certificateId = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(certificateQueries.detail(accountId, certificateId));
  const close = () => void navigate(certificatesPath(accountId));

  return (
    <Sheet
      open
      onOpenChange={(open) => !open && close()}
      title={detail.data ? certificateLabel(detail.data) : `Certificate ${certificateId}`}
    >
      {detail.data ? (
        <section aria-labelledby="basic-information">
          <h3 id="basic-information">Basic information</h3>
          <dl className="details">
            <dt>Status</dt>
            <dd>
              <StatusBadge certificate={detail.data} />
            </dd>
            <dt>Certificate ID</dt>
            <dd>
              <code>{detail.data.id}</code>
            </dd>
          </dl>
        </section>
      ) : detail.isError ? (
        <p role="alert">{detail.error.message}</p>
      ) : (
        <p role="status">Loading…</p>
      )}
    </Sheet>
  );
}
