import type { ReactNode } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { describeAge, describeExpiry, formatDateTime } from '../../../lib/format-date';
import type { Certificate } from '../model/certificate';
import { typeLabel } from '../model/certificate-label';
import { expiryState } from '../model/expiry';
import { ExpiryMark } from './expiry-mark';
import { StatusBadge } from './status-badge';

type Props = {
  certificate: Certificate;
  now: number;
  /** The action the seed places in this section: Confirm and turn on certificate. */
  children?: ReactNode;
};

const dateOrDash = (iso: string | null, now: number) =>
  iso ? (
    <>
      {formatDateTime(iso)} <span className="muted">({describeAge(iso, now)})</span>
    </>
  ) : (
    '—'
  );

export function BasicInformation({ certificate, now, children }: Props) {
  return (
    <section aria-labelledby="basic-information-heading" className="drawer-section">
      <h3 id="basic-information-heading">Basic information</h3>
      <dl className="details">
        <dt>Certificate ID</dt>
        <dd className="with-action">
          <code>{certificate.id}</code>
          <CopyButton value={certificate.id} label="certificate ID" />
        </dd>
        {certificate.name ? (
          <>
            <dt>Name</dt>
            <dd>{certificate.name}</dd>
          </>
        ) : null}
        <dt>Type</dt>
        <dd>{typeLabel(certificate)}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge certificate={certificate} />
        </dd>
        <dt>In use</dt>
        <dd>{certificate.inUse ? 'Yes: Gateway inspects HTTPS traffic with it' : 'No'}</dd>
        <dt>Issuer organization</dt>
        <dd>{certificate.issuerOrg || '—'}</dd>
        <dt>Issuer</dt>
        <dd>{certificate.issuerRaw || '—'}</dd>
        <dt>SHA-256 fingerprint</dt>
        <dd className="with-action">
          <code className="fingerprint">{certificate.fingerprint || '—'}</code>
          {certificate.fingerprint ? (
            <CopyButton value={certificate.fingerprint} label="SHA-256 fingerprint" />
          ) : null}
        </dd>
        <dt>Created</dt>
        <dd>{dateOrDash(certificate.createdAt, now)}</dd>
        {certificate.uploadedOn ? (
          <>
            <dt>Uploaded</dt>
            <dd>{dateOrDash(certificate.uploadedOn, now)}</dd>
          </>
        ) : null}
        <dt>Updated</dt>
        <dd>{dateOrDash(certificate.updatedAt, now)}</dd>
        <dt>Expires</dt>
        <dd>
          {certificate.expiresOn ? (
            <>
              {formatDateTime(certificate.expiresOn)}{' '}
              <span className="muted">({describeExpiry(certificate.expiresOn, now)})</span>{' '}
              <ExpiryMark state={expiryState(certificate, now)} />
            </>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {children}
    </section>
  );
}
