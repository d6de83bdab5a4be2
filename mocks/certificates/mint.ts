import { derToPem, sha256Fingerprint } from '../../src/lib/x509/pem.ts';
import {
  bitString,
  concat,
  directoryString,
  ecdsaSignature,
  explicit,
  objectIdentifier,
  octetString,
  sequence,
  set,
  TRUE,
  time,
  unsignedInteger,
} from './der.ts';

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

const ECDSA_WITH_SHA256 = sequence(objectIdentifier('1.2.840.10045.4.3.2'));
const BASIC_CONSTRAINTS = '2.5.29.19';
const KEY_USAGE = '2.5.29.15';
const SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
/** KeyUsage BIT STRING: keyCertSign (bit 5) and cRLSign (bit 6), one unused bit. */
const KEY_CERT_SIGN_AND_CRL_SIGN = Uint8Array.of(0x03, 0x02, 0x01, 0x06);

export function generateKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

const NAME_TYPES = [
  ['C', '2.5.4.6'],
  ['ST', '2.5.4.8'],
  ['L', '2.5.4.7'],
  ['O', '2.5.4.10'],
  ['OU', '2.5.4.11'],
  ['CN', '2.5.4.3'],
] as const;

type Template = { before: Uint8Array; middle: Uint8Array; after: Uint8Array; issuerRaw: string };
const templates = new WeakMap<CryptoKey, Map<string, Promise<Template>>>();

/**
 * Everything of the to-be-signed part that is the same for every certificate of one key and
 * organisation (names, algorithm, public key, extensions), written once: only the serial and the
 * validity change from one certificate to the next, which keeps 2,000 certificates cheap.
 */
function template(publicKey: CryptoKey, organization: string): Promise<Template> {
  let byOrganization = templates.get(publicKey);
  if (!byOrganization) {
    byOrganization = new Map();
    templates.set(publicKey, byOrganization);
  }
  let made = byOrganization.get(organization);
  if (!made) {
    made = writeTemplate(publicKey, organization);
    byOrganization.set(organization, made);
  }
  return made;
}

async function writeTemplate(publicKey: CryptoKey, organization: string): Promise<Template> {
  const [spki, keyIdentifier] = await Promise.all([
    crypto.subtle.exportKey('spki', publicKey),
    // The subject key identifier: SHA-1 of the public key (RFC 5280, method 1).
    crypto.subtle.exportKey('raw', publicKey).then((raw) => crypto.subtle.digest('SHA-1', raw)),
  ]);
  const values: Record<(typeof NAME_TYPES)[number][0], string> = {
    C: 'US',
    ST: 'California',
    L: 'San Francisco',
    O: organization,
    OU: 'Gateway',
    CN: 'Gateway CA - Cloudflare Managed G1',
  };
  const name = sequence(
    ...NAME_TYPES.map(([short, oid]) => set(sequence(objectIdentifier(oid), directoryString(values[short])))),
  );
  const extensions = explicit(
    3,
    sequence(
      extension(BASIC_CONSTRAINTS, sequence(TRUE), true),
      extension(KEY_USAGE, KEY_CERT_SIGN_AND_CRL_SIGN, true),
      extension(SUBJECT_KEY_IDENTIFIER, octetString(new Uint8Array(keyIdentifier)), false),
    ),
  );
  return {
    before: explicit(0, unsignedInteger(Uint8Array.of(2))),
    middle: concat([ECDSA_WITH_SHA256, name]),
    after: concat([name, new Uint8Array(spki), extensions]),
    issuerRaw: NAME_TYPES.map(([short]) => `${short}=${values[short]}`).join(', '),
  };
}

const extension = (oid: string, value: Uint8Array, critical: boolean) =>
  critical
    ? sequence(objectIdentifier(oid), TRUE, octetString(value))
    : sequence(objectIdentifier(oid), octetString(value));

/**
 * A real self-signed root CA, as Gateway generates: ECDSA P-256 with SHA-256, CA:TRUE, keyCertSign
 * and cRLSign, a subject key identifier, and exactly the validity asked for. Written as DER directly
 * (see der.ts) and signed with WebCrypto: a few tenths of a millisecond, so 2,000 take well under a second.
 */
export async function mintRootCa(options: MintOptions): Promise<MintedCertificate> {
  const keys = options.keys ?? (await generateKeys());
  const organization = options.organization ?? 'Cloudflare';
  const notBefore = new Date(Math.floor(options.notBefore.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + options.validityDays * DAY_MS);
  const serial = crypto.getRandomValues(new Uint8Array(16));
  // A positive serial of 16 bytes that never starts with zero, as Gateway's do.
  serial[0] = 0x7f;
  const { before, middle, after, issuerRaw } = await template(keys.publicKey, organization);
  const tbs = sequence(
    before,
    unsignedInteger(serial),
    middle,
    sequence(time(notBefore), time(notAfter)),
    after,
  );
  const signature = await crypto.subtle.sign(ALGORITHM, keys.privateKey, tbs);
  const der = sequence(tbs, ECDSA_WITH_SHA256, bitString(ecdsaSignature(new Uint8Array(signature))));
  return {
    pem: derToPem(der),
    fingerprint: await sha256Fingerprint(der),
    issuerOrg: organization,
    issuerRaw,
    notBefore,
    notAfter,
  };
}
