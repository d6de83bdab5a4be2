import type { Certificate } from '../../model/certificate';
import { RotateCertificateButton } from './rotate-certificate-button';

/** In the drawer of the certificate in use: the way to replace it without breaking HTTPS. */
export function RotationNote({ certificate }: { certificate: Pick<Certificate, 'inUse'> }) {
  if (!certificate.inUse) return null;
  return (
    <div className="callout rotation-note">
      <p>Gateway inspects HTTPS traffic with this certificate. To replace it without breaking HTTPS:</p>
      <RotateCertificateButton />
    </div>
  );
}
