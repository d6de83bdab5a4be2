/**
 * Real keys and certificates made on the spot, for tests of the upload checks and the details parser.
 * Run these tests in Vitest's `node` environment, or import `src/test/node-binary-globals` first under jsdom:
 * jsdom's ArrayBuffer is not the one Node's WebCrypto accepts.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { derToPem, sha256Fingerprint } from '../src/lib/x509/pem';

const DAY_MS = 86_400_000;

export const RSA_2048 = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
export const RSA_1024 = { ...RSA_2048, modulusLength: 1024 };
export const P256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
export const P384 = { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' };
export const P521 = { name: 'ECDSA', namedCurve: 'P-521', hash: 'SHA-512' };

export type KeyParams = typeof RSA_2048 | typeof P256;

export type TestCertificate = {
  certificate: x509.X509Certificate;
  pem: string;
  keys: CryptoKeyPair;
  keyPem: string;
  algorithm: KeyParams;
};

export type TestCertificateOptions = {
  algorithm?: KeyParams;
  name?: string;
  /** basicConstraints CA:TRUE; false makes a leaf, null leaves the extension out. */
  ca?: boolean | null;
  pathLength?: number;
  notBefore?: Date;
  days?: number;
  /** Signs with this CA instead of self-signing. */
  issuer?: TestCertificate;
};

export const generateKeys = async (algorithm: KeyParams = P256) =>
  (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;

export async function privateKeyPem(keys: CryptoKeyPair): Promise<string> {
  return derToPem(new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey)), 'PRIVATE KEY');
}

export async function makeCertificate({
  algorithm = P256,
  name = 'O=Example Corp, CN=Example Corp Root CA',
  ca = true,
  pathLength,
  notBefore = new Date(Date.now() - DAY_MS),
  days = 365,
  issuer,
}: TestCertificateOptions = {}): Promise<TestCertificate> {
  const keys = await generateKeys(algorithm);
  const extensions: x509.Extension[] = [
    new x509.KeyUsagesExtension(
      ca ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature,
      true,
    ),
  ];
  if (ca !== null) extensions.unshift(new x509.BasicConstraintsExtension(ca, pathLength, true));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: '0a1b2c3d',
    subject: name,
    issuer: issuer ? issuer.certificate.subject : name,
    notBefore,
    notAfter: new Date(notBefore.getTime() + days * DAY_MS),
    signingAlgorithm: issuer ? issuer.algorithm : algorithm,
    publicKey: keys.publicKey,
    signingKey: (issuer?.keys ?? keys).privateKey,
    extensions,
  });
  return {
    certificate,
    pem: certificate.toString('pem'),
    keys,
    keyPem: await privateKeyPem(keys),
    algorithm,
  };
}

/** A CA ready to upload: its PEM, its PKCS#8 key, and what a test checks the answers against. */
export type TestCa = {
  pem: string;
  keyPem: string;
  /** The key's base64 lines, each with secret bytes in it: what must never appear in a response. */
  keyLines: string[];
  fingerprint: string;
};

export type TestCaOptions = {
  ca?: boolean;
  notBefore?: Date;
  days?: number;
  /** Sign the certificate with its own keys but hand over another private key. */
  wrongKey?: boolean;
  organization?: string;
};

/** A throwaway P-256 root CA (or, with `ca: false`, a leaf) and its key, as an administrator would upload. */
export async function makeCa({
  ca = true,
  notBefore,
  days,
  wrongKey = false,
  organization = 'Example Corp',
}: TestCaOptions = {}): Promise<TestCa> {
  const made = await makeCertificate({
    name: `O=${organization}, CN=${organization} Root CA`,
    ca,
    notBefore,
    days,
  });
  const keyPem = wrongKey ? await privateKeyPem(await generateKeys()) : made.keyPem;
  return {
    pem: made.pem,
    keyPem,
    keyLines: keyPem.split('\n').filter((line) => line !== '' && !line.startsWith('-----')),
    fingerprint: await sha256Fingerprint(new Uint8Array(made.certificate.rawData)),
  };
}
