/**
 * The openssl back-end of the test kit's CA factory: root CAs made exactly as an administrator
 * makes them (`openssl req -x509`), and openssl's own reading of a certificate to check ours
 * against. Unit tests that need it skip with `test.skipIf(!hasOpenssl)`; the e2e suite needs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type OpensslCa = { cert: string; key: string; der: Buffer };

/** Key arguments of `openssl req -newkey`, by what tests ask for. */
export const OPENSSL_KEYS = {
  rsa2048: ['-newkey', 'rsa:2048'],
  p256: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
} as const;

/** A root CA's extensions; pass others to make a leaf or an odd CA. */
export const ROOT_CA_EXTENSIONS = [
  'basicConstraints=critical,CA:TRUE',
  'keyUsage=critical,keyCertSign,cRLSign',
];

const run = (args: readonly string[], { cwd, input }: { cwd?: string; input?: string } = {}) =>
  execFileSync('openssl', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'] });

export const hasOpenssl = (() => {
  try {
    run(['version']);
    return true;
  } catch {
    return false;
  }
})();

/** Runs `body` in a throwaway folder that is removed afterwards, whatever happens. */
function inTempDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'zt-test-ca-'));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A self-signed CA and its PKCS#8 key (`-nodes`), as `openssl req -x509` makes them. */
export function opensslCa({
  subject = '/O=Acme/CN=Acme Root',
  key = OPENSSL_KEYS.rsa2048,
  extensions = ROOT_CA_EXTENSIONS,
  days = 365,
}: {
  subject?: string;
  key?: readonly string[];
  extensions?: readonly string[];
  days?: number;
} = {}): OpensslCa {
  return inTempDir((dir) => {
    run(
      [
        'req',
        '-x509',
        ...key,
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        String(days),
        '-subj',
        subject,
        ...extensions.flatMap((extension) => ['-addext', extension]),
      ],
      { cwd: dir },
    );
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    return { cert, key: readFileSync(join(dir, 'key.pem'), 'utf8'), der: opensslDer(cert) };
  });
}

/** An RSA key in the traditional PKCS#1 form (`BEGIN RSA PRIVATE KEY`), as older tools hand out. */
export const opensslPkcs1Key = () => run(['genrsa', '-traditional', '2048']).toString();

/** The DER bytes of a PEM certificate, as openssl converts it. */
export const opensslDer = (pem: string) => run(['x509', '-outform', 'DER'], { input: pem });

/** `openssl x509 -noout <flags>` on a PEM text, without its "name=" prefix: a fingerprint, the serial… */
export const opensslField = (pem: string, ...flags: string[]) =>
  run(['x509', '-noout', ...flags], { input: pem })
    .toString()
    .trim()
    .replace(/^[^=]*=/, '');

/** `openssl x509 -noout -text`: everything openssl reads in a certificate, as text. */
export const opensslText = (pem: string) => run(['x509', '-noout', '-text'], { input: pem }).toString();
