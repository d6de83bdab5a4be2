import { Link } from 'react-router';
import { certificatePath } from '../../../app/paths';
import { describeExpiry, formatDate } from '../../../lib/format-date';
import type { Certificate } from '../api/certificate';
import { certificateLabel, typeLabel } from '../model/certificate-label';
import { StatusBadge } from './status-badge';

type Props = { accountId: string; certificates: Certificate[]; now: number };

export function CertificatesTable({ accountId, certificates, now }: Props) {
  return (
    <table className="table">
      <caption className="visually-hidden">Root certificates of this account</caption>
      <thead>
        <tr>
          <th scope="col">Certificate</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Created</th>
          <th scope="col">Expires</th>
        </tr>
      </thead>
      <tbody>
        {certificates.map((certificate) => (
          <tr key={certificate.id}>
            <th scope="row">
              <Link to={certificatePath(accountId, certificate.id)}>{certificateLabel(certificate)}</Link>
            </th>
            <td>{typeLabel(certificate)}</td>
            <td>
              <StatusBadge certificate={certificate} />
            </td>
            <td>{certificate.createdAt ? formatDate(certificate.createdAt) : '—'}</td>
            <td>
              {certificate.expiresOn ? (
                <>
                  {formatDate(certificate.expiresOn)}{' '}
                  <span className="muted">({describeExpiry(certificate.expiresOn, now)})</span>
                </>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
