import { describeExpiry, formatDate } from '../../../lib/format-date';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';
import { displayStatus } from '../model/display-status';
import { expiryState } from '../model/expiry';

type Props = {
  certificates: Certificate[];
  now: number;
  onGenerate: () => void;
  /** Opens Rotate certificate, the guided way through the same steps. */
  onRotate?: () => void;
};

/** A certificate that could replace the one in use: not expiring, not being deleted. */
function findReplacement(certificates: Certificate[], now: number): Certificate | undefined {
  const candidates = certificates.filter(
    (certificate) =>
      !certificate.inUse &&
      certificate.bindingStatus !== 'pending_deletion' &&
      expiryState(certificate, now) === 'valid',
  );
  // The furthest along first: available, then deploying, then inactive.
  const order = ['available', 'pending_deployment', 'inactive'];
  return candidates.sort((a, b) => order.indexOf(a.bindingStatus) - order.indexOf(b.bindingStatus))[0];
}

function WayOut({
  replacement,
  onGenerate,
  onRotate,
}: {
  replacement: Certificate | undefined;
  onGenerate: () => void;
  onRotate?: () => void;
}) {
  return (
    <>
      <ol className="expiry-banner__steps">
        <li>
          {replacement ? (
            <>
              Use <strong>{certificateLabel(replacement)}</strong> ({displayStatus(replacement)}), or generate
              a new one.
            </>
          ) : (
            'Generate a new certificate.'
          )}
        </li>
        {replacement?.bindingStatus === 'available' ? null : (
          // An Available replacement is already deployed: telling to activate it would send a refused request.
          <li>
            {replacement?.bindingStatus === 'pending_deployment'
              ? 'Wait until it is Available.'
              : 'Activate it and wait until it is Available.'}
          </li>
        )}
        <li>Download it and install it on every device.</li>
        <li>Open it and choose Confirm and turn on certificate.</li>
      </ol>
      <button type="button" className="button button--primary" onClick={onGenerate}>
        Generate a replacement certificate
      </button>
      {onRotate ? (
        <button type="button" className="button" onClick={onRotate}>
          Rotate certificate
        </button>
      ) : null}
    </>
  );
}

/** Says, above the list, when the certificate Gateway inspects with has run out or soon will, and the way out. */
export function ExpiryBanner({ certificates, now, onGenerate, onRotate }: Props) {
  if (certificates.length === 0) return null;
  const inUse = certificates.find((certificate) => certificate.inUse);
  if (!inUse) {
    return (
      <p className="callout callout--info expiry-banner">
        Gateway uses Cloudflare's own root certificate: none of these certificates is turned on. Devices must
        trust Cloudflare's root for HTTPS inspection.
      </p>
    );
  }

  const state = expiryState(inUse, now);
  if ((state !== 'expired' && state !== 'expiring-soon') || !inUse.expiresOn) return null;
  const label = certificateLabel(inUse);
  const replacement = findReplacement(certificates, now);

  if (state === 'expired') {
    return (
      <div role="alert" className="callout callout--error expiry-banner">
        <p>
          <strong>
            The certificate in use, {label}, expired on {formatDate(inUse.expiresOn)} (
            {describeExpiry(inUse.expiresOn, now)}).
          </strong>{' '}
          Gateway still inspects HTTPS traffic with it, so devices get certificate errors on every site it
          inspects. To fix it:
        </p>
        <WayOut replacement={replacement} onGenerate={onGenerate} onRotate={onRotate} />
      </div>
    );
  }
  return (
    <div role="status" className="callout callout--warn expiry-banner">
      <p>
        <strong>
          The certificate in use, {label}, expires on {formatDate(inUse.expiresOn)} (
          {describeExpiry(inUse.expiresOn, now)}).
        </strong>{' '}
        When it expires, devices will get certificate errors on every site Gateway inspects over HTTPS.
        Replace it before then:
      </p>
      <WayOut replacement={replacement} onGenerate={onGenerate} onRotate={onRotate} />
    </div>
  );
}
