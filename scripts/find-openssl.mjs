// The e2e suite makes real CAs with openssl, as an administrator would: finds it, or installs
// Debian's package when running as root, or says plainly what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasOpenssl = () => spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;

function tryAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log("[openssl] Not found; trying Debian's package (apt-get install openssl)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', 'openssl'], {
      stdio: 'inherit',
      timeout: 300_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

/** Resolves when `openssl` runs; throws with what to install when it cannot be had. */
export function ensureOpenssl() {
  if (hasOpenssl()) return;
  if (tryAptInstall() && hasOpenssl()) return;
  throw new Error(
    'The browser tests need openssl (they make test CAs with it): install it, e.g. `apt-get install openssl`.',
  );
}
