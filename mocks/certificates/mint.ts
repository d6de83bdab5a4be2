import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { sha256Fingerprint } from '../../src/lib/x509/pem';

const ALGORITHM: EcKeyGenParams & EcdsaParams = {
  name: 'ECDSA',
  namedCurve: 'P-256',
  hash: 'SHA-256',
};

export type MintedCertificate = {
  pem: string;
  fingerprint: string;
  issuerOrg: string;
  issuerRaw: string;
  notBefore: Date;
  notAfter: Date;
};

export type MintOptions = {
  notBefore: Date;
  validityDays: number;
  organization?: string;
  /** Reusing one key across many certificates keeps large scenarios fast. */
  keys?: CryptoKeyPair;
};

const DAY_MS = 86_400_000;

export function generateKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** A real self-signed root CA, as Gateway generates: CA:TRUE, keyCertSign and cRLSign. */
export async function mintRootCa(options: MintOptions): Promise<MintedCertificate> {
  const keys = options.keys ?? (await generateKeys());
  const organization = options.organization ?? 'Cloudflare';
  const notBefore = new Date(Math.floor(options.notBefore.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + options.validityDays * DAY_MS);
  const name = `C=US, ST=California, L=San Francisco, O=${organization}, OU=Gateway, CN=Gateway CA - Cloudflare Managed G1`;
  const serial = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: `7f${serial.slice(2)}`,
    name,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {
    pem: certificate.toString('pem'),
    fingerprint: await sha256Fingerprint(new Uint8Array(certificate.rawData)),
    issuerOrg: certificate.issuerName.getField('O')[0] ?? organization,
    issuerRaw: certificate.issuer,
    notBefore,
    notAfter,
  };
}
