import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type OpensslFiles = { cert: string; key: string; der: Buffer };

const openssl = (args: string[], cwd?: string, input?: string) =>
  execFileSync('openssl', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'] });

/**
 * A root CA exactly as an administrator makes one with `openssl req -x509`, in a throwaway folder.
 * `extensions` replaces the CA extensions (e.g. to make a leaf); `key` picks the key, as openssl's arguments.
 */
export function opensslCa({
  subject = '/O=Acme/CN=Acme Root',
  key = ['-newkey', 'rsa:2048'],
  extensions = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign'],
}: {
  subject?: string;
  key?: string[];
  extensions?: string[];
} = {}): OpensslFiles {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-ca-'));
  try {
    openssl(
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
        '365',
        '-subj',
        subject,
        ...extensions.flatMap((extension) => ['-addext', extension]),
      ],
      dir,
    );
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    return {
      cert,
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      der: openssl(['x509', '-outform', 'DER'], undefined, cert),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `openssl x509 -noout <flag>` on a PEM text, without its "name=" prefix: a fingerprint, the serial… */
export const opensslField = (pem: string, ...flags: string[]) =>
  openssl(['x509', '-noout', ...flags], undefined, pem)
    .toString()
    .trim()
    .replace(/^[^=]*=/, '');
