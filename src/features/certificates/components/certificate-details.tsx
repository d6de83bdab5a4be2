import { queryOptions, useQuery } from '@tanstack/react-query';
import { CopyButton } from '../../../components/ui/copy-button';
import { formatDateTime } from '../../../lib/format-date';

/** Parsing needs the X.509 library, which loads only when a drawer shows these details. */
export const certificateDescriptionQuery = (pem: string) =>
  queryOptions({
    queryKey: ['x509', 'description', pem],
    queryFn: async () => (await import('../../../lib/x509/describe-certificate')).describeCertificate(pem),
    // The same PEM always reads the same.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

type Props = {
  pem: string;
  /** The API's SHA-256 fingerprint, to flag a certificate that is not the one the API describes. */
  apiFingerprint: string;
};

function Fingerprint({ value, label }: { value: string; label: string }) {
  return (
    <dd className="with-action">
      <code className="fingerprint">{value}</code>
      <CopyButton value={value} label={label} />
    </dd>
  );
}

export function CertificateDetails({ pem, apiFingerprint }: Props) {
  const description = useQuery({ ...certificateDescriptionQuery(pem), enabled: pem !== '' });
  const details = description.data;

  return (
    <section
      aria-labelledby="certificate-details-heading"
      className="drawer-section"
      aria-busy={description.isLoading}
    >
      <h3 id="certificate-details-heading">Certificate details</h3>
      {details ? (
        <>
          <dl className="details">
            <dt>Subject</dt>
            <dd>{details.subject}</dd>
            <dt>Issued by</dt>
            <dd>
              {details.issuer}
              {details.selfSigned ? <span className="muted"> (self-signed)</span> : null}
            </dd>
            <dt>Serial number</dt>
            <dd>
              <code className="fingerprint">{details.serialNumber}</code>
            </dd>
            <dt>Public key</dt>
            <dd>{details.publicKey}</dd>
            <dt>Signature algorithm</dt>
            <dd>{details.signatureAlgorithm}</dd>
            <dt>Basic constraints</dt>
            <dd>
              {details.basicConstraints
                ? `${details.basicConstraints.text}${details.basicConstraints.critical ? ' (critical)' : ''}`
                : 'Not present'}
            </dd>
            <dt>Key usage</dt>
            <dd>
              {details.keyUsage
                ? `${details.keyUsage.usages.join(', ') || 'None'}${details.keyUsage.critical ? ' (critical)' : ''}`
                : 'Not present'}
            </dd>
            <dt>Valid from</dt>
            <dd>{formatDateTime(details.notBefore)}</dd>
            <dt>Valid until</dt>
            <dd>{formatDateTime(details.notAfter)}</dd>
            <dt>Fingerprint (SHA-1)</dt>
            <Fingerprint value={details.sha1Fingerprint} label="fingerprint (SHA-1)" />
            <dt>Fingerprint (SHA-256)</dt>
            <Fingerprint value={details.sha256Fingerprint} label="fingerprint (SHA-256)" />
          </dl>
          {apiFingerprint && apiFingerprint.toUpperCase() !== details.sha256Fingerprint ? (
            <p role="alert" className="callout callout--warn">
              The SHA-256 fingerprint computed from this certificate differs from the one the API reports (
              {apiFingerprint}). Do not install it until you know why.
            </p>
          ) : null}
          <p className="muted details-note">
            Compare these fingerprints with what a device shows for the installed root certificate.
          </p>
        </>
      ) : pem === '' ? (
        <p className="muted">The API returned no certificate to read.</p>
      ) : description.isError ? (
        <div role="alert" className="callout callout--error">
          <p>The certificate's details could not be read: {description.error.message}</p>
          <button type="button" className="button" onClick={() => void description.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        // Not a live region: the drawer's status line is for deployment, and this lasts a blink.
        <p className="muted">Reading the certificate…</p>
      )}
    </section>
  );
}
