// Finds a Chromium for Playwright: Playwright's own if installed, else the system's, else installs one
// (Playwright's installer where the network allows, Debian's package where it does not).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const systemChromium = () => SYSTEM_CHROMIUMS.find((path) => existsSync(path)) ?? null;

function tryPlaywrightInstall() {
  console.log('[browser] No Chromium found; trying `playwright install chromium`…');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 180_000,
  });
  return result.status === 0;
}

function tryAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log("[browser] Trying Debian's chromium package (apt-get install chromium)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns `{ executablePath }`: null means Playwright's own browser, a path means a system Chromium.
 * Throws with a clear message when none can be had.
 */
export async function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return { executablePath: process.env.CHROMIUM_PATH };
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  if (await playwrightChromium()) return { executablePath: null };
  const system = systemChromium();
  if (system) return { executablePath: system };
  if (tryPlaywrightInstall() && (await playwrightChromium())) return { executablePath: null };
  if (tryAptInstall() && systemChromium()) return { executablePath: systemChromium() };
  throw new Error(
    'No Chromium for the browser tests. Install one of: `npx playwright install chromium`, ' +
      "Debian's `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}
