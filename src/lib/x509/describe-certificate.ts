import { readPemBlocks, toColonHex } from './pem';
import * as x509 from './x509-library';

/** What an administrator compares with a device's certificate viewer; plain data, so React renders it as text. */
export type CertificateDescription = {
  subject: string;
  issuer: string;
  selfSigned: boolean;
  /** Upper-case hex pairs joined by ':'. */
  serialNumber: string;
  /** "RSA, 2048 bits" or "ECDSA, P-256 (256 bits)". */
  publicKey: string;
  /** OpenSSL's name, as `openssl x509 -text` prints it. */
  signatureAlgorithm: string;
  /** "CA:TRUE, pathlen:0", or null when the extension is absent. */
  basicConstraints: { text: string; critical: boolean } | null;
  keyUsage: { usages: string[]; critical: boolean } | null;
  notBefore: string;
  notAfter: string;
  sha1Fingerprint: string;
  sha256Fingerprint: string;
};

// In the order OpenSSL lists them.
const KEY_USAGES: Array<[x509.KeyUsageFlags, string]> = [
  [x509.KeyUsageFlags.digitalSignature, 'Digital Signature'],
  [x509.KeyUsageFlags.nonRepudiation, 'Non Repudiation'],
  [x509.KeyUsageFlags.keyEncipherment, 'Key Encipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'Data Encipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'Key Agreement'],
  [x509.KeyUsageFlags.keyCertSign, 'Certificate Sign'],
  [x509.KeyUsageFlags.cRLSign, 'CRL Sign'],
  [x509.KeyUsageFlags.encipherOnly, 'Encipher Only'],
  [x509.KeyUsageFlags.decipherOnly, 'Decipher Only'],
];

const CURVE_BITS: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };

type KeyAlgorithm = { name: string; modulusLength?: number; namedCurve?: string };
type SignatureAlgorithm = { name: string; hash?: { name: string } };

function describePublicKey(algorithm: KeyAlgorithm): string {
  if (algorithm.name.startsWith('RSA')) return `RSA, ${algorithm.modulusLength ?? '?'} bits`;
  if (algorithm.name === 'ECDSA' || algorithm.name === 'ECDH') {
    const curve = algorithm.namedCurve ?? 'unknown curve';
    const bits = CURVE_BITS[curve];
    return bits ? `ECDSA, ${curve} (${bits} bits)` : `ECDSA, ${curve}`;
  }
  return algorithm.name;
}

function describeSignature({ name, hash }: SignatureAlgorithm): string {
  const digits = hash?.name.replace('SHA-', '') ?? '';
  if (name === 'RSASSA-PKCS1-v1_5') return `sha${digits}WithRSAEncryption`;
  if (name === 'ECDSA') return `ecdsa-with-SHA${digits}`;
  if (name === 'RSA-PSS') return 'rsassaPss';
  if (name === 'Ed25519' || name === 'EdDSA') return 'ED25519';
  return hash ? `${name} with ${hash.name}` : name;
}

function describeBasicConstraints(certificate: x509.X509Certificate) {
  const extension = certificate.getExtension(x509.BasicConstraintsExtension);
  if (!extension) return null;
  const pathLength = extension.pathLength === undefined ? '' : `, pathlen:${extension.pathLength}`;
  return { text: `CA:${extension.ca ? 'TRUE' : 'FALSE'}${pathLength}`, critical: extension.critical };
}

function describeKeyUsage(certificate: x509.X509Certificate) {
  const extension = certificate.getExtension(x509.KeyUsagesExtension);
  if (!extension) return null;
  const usages = KEY_USAGES.filter(([flag]) => (extension.usages & flag) === flag).map(([, name]) => name);
  return { usages, critical: extension.critical };
}

function colonSerial(hex: string): string {
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  return even.toUpperCase().match(/../g)?.join(':') ?? hex;
}

async function fingerprint(algorithm: 'SHA-1' | 'SHA-256', der: Uint8Array<ArrayBuffer>) {
  return toColonHex(await crypto.subtle.digest(algorithm, der));
}

/** Reads the first certificate of a PEM text; throws an Error a person can read when there is none. */
export async function describeCertificate(pem: string): Promise<CertificateDescription> {
  const block = readPemBlocks(pem).find((candidate) => candidate.label === 'CERTIFICATE');
  if (!block?.der) throw new Error('The certificate is not PEM, so its details cannot be read.');
  let certificate: x509.X509Certificate;
  try {
    certificate = new x509.X509Certificate(block.der);
  } catch {
    throw new Error('The certificate could not be read as an X.509 certificate.');
  }
  const der = new Uint8Array(certificate.rawData);
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    selfSigned: certificate.subject === certificate.issuer,
    serialNumber: colonSerial(certificate.serialNumber),
    publicKey: describePublicKey(certificate.publicKey.algorithm as KeyAlgorithm),
    signatureAlgorithm: describeSignature(certificate.signatureAlgorithm as SignatureAlgorithm),
    basicConstraints: describeBasicConstraints(certificate),
    keyUsage: describeKeyUsage(certificate),
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    sha1Fingerprint: await fingerprint('SHA-1', der),
    sha256Fingerprint: await fingerprint('SHA-256', der),
  };
}
