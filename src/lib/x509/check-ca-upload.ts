import { id_secp256r1, id_secp384r1 } from '@peculiar/asn1-ecc';
import { formatDate } from '../format-date';
import { readPemBlocks, sha256Fingerprint } from './pem';
import { pkcs1ToPkcs8, sec1ToPkcs8 } from './traditional-key';
import * as x509 from './x509-library';

export type CaUpload = { certificate: string; privateKey: string };

export type CheckedCa = {
  ok: true;
  certificate: x509.X509Certificate;
  pem: string;
  fingerprint: string;
  issuerOrg: string;
};

export type CaUploadProblem = { ok: false; field: 'certificate' | 'privateKey'; message: string };

const problem = (field: CaUploadProblem['field'], message: string): CaUploadProblem => ({
  ok: false,
  field,
  message,
});

/** A CA made seconds ago on a machine whose clock runs a little ahead is not "not yet valid". */
const CLOCK_SKEW_MS = 5 * 60_000;

const ACCEPTED_CURVES = ['P-256', 'P-384'];

type KeyAlgorithm = { name: string; modulusLength?: number; namedCurve?: string };

function weakKeyMessage(algorithm: KeyAlgorithm): string | null {
  if (algorithm.name.startsWith('RSA')) {
    const bits = algorithm.modulusLength ?? 0;
    return bits < 2048 ? `The certificate's RSA key is ${bits} bits; use at least 2048 bits.` : null;
  }
  if (algorithm.name === 'ECDSA') {
    return ACCEPTED_CURVES.includes(algorithm.namedCurve ?? '')
      ? null
      : `The certificate's ${algorithm.namedCurve ?? 'unknown'} curve is not accepted; use P-256 or P-384.`;
  }
  return `The certificate's ${algorithm.name} key is not supported; use RSA (2048 bits or more) or ECDSA P-256/P-384.`;
}

function signingParams(algorithm: KeyAlgorithm) {
  return algorithm.name === 'ECDSA'
    ? {
        importParams: { name: 'ECDSA', namedCurve: algorithm.namedCurve },
        signParams: { name: 'ECDSA', hash: 'SHA-256' },
      }
    : {
        importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        signParams: { name: 'RSASSA-PKCS1-v1_5' },
      };
}

/** Proves the key belongs to the certificate by signing a challenge and verifying it with the certificate. */
async function keyMatches(
  certificate: x509.X509Certificate,
  pkcs8: Uint8Array<ArrayBuffer>,
): Promise<boolean | null> {
  const algorithm = certificate.publicKey.algorithm as KeyAlgorithm;
  const { importParams, signParams } = signingParams(algorithm);
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, importParams, false, ['sign']);
  } catch {
    return null;
  }
  const publicKey = await certificate.publicKey.export(importParams, ['verify']);
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const signature = await crypto.subtle.sign(signParams, privateKey, challenge);
  return crypto.subtle.verify(signParams, publicKey, signature, challenge);
}

function readCertificate(text: string): x509.X509Certificate | CaUploadProblem {
  const blocks = readPemBlocks(text);
  if (blocks.length === 0) {
    return problem(
      'certificate',
      'The certificate is not PEM: paste the text that starts with -----BEGIN CERTIFICATE-----.',
    );
  }
  if (blocks.some((block) => block.label.includes('PRIVATE KEY'))) {
    return problem(
      'certificate',
      'This is a private key: paste it in the Private key field, and the certificate here.',
    );
  }
  const certificates = blocks.filter((block) => block.label === 'CERTIFICATE');
  if (certificates.length > 1) {
    return problem(
      'certificate',
      `This is a chain of ${certificates.length} certificates: upload only the root CA certificate.`,
    );
  }
  const [block] = certificates;
  if (!block)
    return problem(
      'certificate',
      'No CERTIFICATE block found: paste the text that starts with -----BEGIN CERTIFICATE-----.',
    );
  if (!block.der) return problem('certificate', 'The certificate block is damaged: its body is not base64.');
  try {
    return new x509.X509Certificate(block.der);
  } catch {
    return problem('certificate', 'The certificate block could not be read as an X.509 certificate.');
  }
}

const CURVE_OIDS: Record<string, string> = { 'P-256': id_secp256r1, 'P-384': id_secp384r1 };

/** The private key as PKCS#8, converted from PKCS#1 or SEC1 when it comes in one of those. */
function readPrivateKey(text: string, algorithm: KeyAlgorithm): Uint8Array<ArrayBuffer> | CaUploadProblem {
  // `openssl ecparam -genkey` writes the curve as its own block before the key: it is not the key.
  const blocks = readPemBlocks(text).filter((block) => block.label !== 'EC PARAMETERS');
  if (blocks.length === 0) {
    return problem(
      'privateKey',
      'The private key is not PEM: paste the text that starts with -----BEGIN PRIVATE KEY-----.',
    );
  }
  if (blocks.some((block) => block.label === 'CERTIFICATE')) {
    return problem(
      'privateKey',
      'This is a certificate: paste it in the Certificate field, and its private key here.',
    );
  }
  const [block] = blocks;
  if (block?.label === 'ENCRYPTED PRIVATE KEY' || (block?.der === null && /PRIVATE KEY/.test(block.label))) {
    // A traditional key with "Proc-Type: 4,ENCRYPTED" headers does not decode as base64 either.
    return problem(
      'privateKey',
      'The private key is encrypted: decrypt it first (openssl pkey -in key.pem -out key-decrypted.pem).',
    );
  }
  if (block?.label === 'RSA PRIVATE KEY' && block.der) {
    try {
      return pkcs1ToPkcs8(block.der);
    } catch {
      return problem('privateKey', 'The RSA PRIVATE KEY block could not be read as an RSA private key.');
    }
  }
  if (block?.label === 'EC PRIVATE KEY' && block.der) {
    try {
      return sec1ToPkcs8(block.der, CURVE_OIDS[algorithm.namedCurve ?? '']);
    } catch {
      return problem('privateKey', 'The EC PRIVATE KEY block could not be read as an EC private key.');
    }
  }
  if (block?.label !== 'PRIVATE KEY' || !block.der) {
    return problem(
      'privateKey',
      'No private key found: paste the text that starts with -----BEGIN PRIVATE KEY----- (or BEGIN RSA PRIVATE KEY, BEGIN EC PRIVATE KEY).',
    );
  }
  return block.der;
}

/**
 * Every check a custom root CA must pass, in the order a person would fix them.
 * Shared by the upload dialog (before anything is sent) and the mock API (which refuses the same).
 */
export async function checkCaUpload(upload: CaUpload, now: Date): Promise<CheckedCa | CaUploadProblem> {
  const certificate = readCertificate(upload.certificate);
  if ('ok' in certificate) return certificate;
  const basicConstraints = certificate.getExtension(x509.BasicConstraintsExtension);
  if (!basicConstraints?.ca) {
    return problem(
      'certificate',
      'This certificate is not a CA (basicConstraints CA:TRUE is missing): Gateway needs a root CA to sign with.',
    );
  }
  if (!(await certificate.isSelfSigned())) {
    return problem(
      'certificate',
      `This is an intermediate CA, issued by ${certificate.issuer}: only a root CA (self-signed, issued by itself) is accepted. Upload the root certificate of its chain.`,
    );
  }
  if (certificate.notAfter.getTime() <= now.getTime()) {
    return problem('certificate', `This certificate expired on ${formatDate(certificate.notAfter)}.`);
  }
  if (certificate.notBefore.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return problem(
      'certificate',
      `This certificate is not valid until ${formatDate(certificate.notBefore)}.`,
    );
  }
  const weakness = weakKeyMessage(certificate.publicKey.algorithm as KeyAlgorithm);
  if (weakness) return problem('certificate', weakness);

  const pkcs8 = readPrivateKey(upload.privateKey, certificate.publicKey.algorithm as KeyAlgorithm);
  if ('ok' in pkcs8) return pkcs8;
  const matches = await keyMatches(certificate, pkcs8);
  if (matches === null) {
    return problem(
      'privateKey',
      "The private key could not be read as the same kind of key as the certificate's.",
    );
  }
  if (!matches) return problem('privateKey', 'The private key does not match the certificate.');

  const der = new Uint8Array(certificate.rawData);
  return {
    ok: true,
    certificate,
    pem: certificate.toString('pem'),
    fingerprint: await sha256Fingerprint(der),
    issuerOrg: certificate.issuerName.getField('O')[0] ?? '',
  };
}
