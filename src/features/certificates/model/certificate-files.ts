import { pemToDer } from '../../../lib/x509/pem';
import type { Certificate } from './certificate';
import { shortId } from './certificate-label';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/** A file name that says whose certificate it is: "gateway-ca-1a2b3c4d.pem", "acme-root-1a2b3c4d.crt". */
export function certificateFileName(certificate: Pick<Certificate, 'id' | 'name'>, extension: 'pem' | 'crt') {
  const base = (certificate.name && slug(certificate.name)) || 'gateway-ca';
  return `${base}-${shortId(certificate.id)}.${extension}`;
}

/** `.pem` is the PEM text as the API gave it; `.crt` is the same certificate's DER bytes. */
export function certificateFile(
  certificate: Pick<Certificate, 'id' | 'name' | 'pem'>,
  extension: 'pem' | 'crt',
) {
  const pem = certificate.pem.endsWith('\n') ? certificate.pem : `${certificate.pem}\n`;
  return extension === 'pem'
    ? { name: certificateFileName(certificate, 'pem'), contents: pem, type: 'application/x-pem-file' }
    : {
        name: certificateFileName(certificate, 'crt'),
        contents: pemToDer(pem),
        type: 'application/pkix-cert',
      };
}
