// `npm run test:e2e`: finds (or installs) openssl and a Chromium, then runs Playwright with any extra arguments.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';
import { ensureOpenssl } from './find-openssl.mjs';

let browser;
try {
  ensureOpenssl();
  browser = await findBrowser();
} catch (error) {
  console.error(`[browser] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`[browser] Using ${browser.executablePath ?? "Playwright's own Chromium"}`);

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PW_CHROMIUM_EXECUTABLE: browser.executablePath ?? '' },
});
process.exit(result.status ?? 1);
