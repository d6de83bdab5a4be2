// `npm run screenshots`: pictures of the Certificates screen for the README, from the mock demo.
//
//   npm run screenshots                              builds, previews on a free port, shoots, stops
//   npm run screenshots -- http://127.0.0.1:5173     shoots a server that is already running
//
// Writes docs/screenshots/*.png: the list, a drawer, the Generate and Rotate dialogs and the timeline
// in light and dark at 1280x800, and the list at 390x844.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
// A fixed account of its own, so the pictures never touch the demo account's data.
const ACCOUNT_ID = '5c4eec0ff1ce5c4eec0ff1ce5c4eec00';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Builds the mock demo and serves it with `vite preview`; returns its URL and a stop function. */
async function startPreview() {
  const outputDir = 'dist-screenshots';
  console.log('[screenshots] Building the mock demo…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outputDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outputDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

async function executablePath() {
  const given = process.env.PW_CHROMIUM_EXECUTABLE || process.env.CHROMIUM_PATH;
  if (given) return given;
  return (await findBrowser()).executablePath ?? undefined;
}

async function shoot(browser, baseUrl) {
  await mkdir(outDir, { recursive: true });
  const saved = [];
  const save = async (page, name) => {
    const path = `${outDir}${name}.png`;
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    saved.push(path);
  };

  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: DESKTOP, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/accounts/${ACCOUNT_ID}/certificates?scenario=default`);
    const table = page.getByRole('table');
    await table.getByRole('link').first().waitFor();
    await page.mouse.move(0, 0);
    await save(page, `list-${colorScheme}`);

    // The drawer of the certificate that is Available but not in use: every kind of action shows.
    const row = table.getByRole('row').filter({ has: page.getByText('Available', { exact: true }) });
    await row.getByRole('link').click();
    const drawer = page.getByRole('dialog', { name: /^Certificate [0-9a-f]{8}$/ });
    await drawer.getByRole('heading', { name: 'Basic information' }).waitFor();
    await page.mouse.move(0, 0);
    await save(page, `drawer-${colorScheme}`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Generate certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
    await dialog.getByRole('radio', { name: '5 years (recommended)' }).waitFor();
    await page.mouse.move(0, 0);
    await save(page, `generate-${colorScheme}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Rotate certificate, from the drawer of the certificate in use: the newer certificate found as
    // its successor, Activate the current step.
    await table
      .getByRole('row')
      .filter({ has: page.getByText('Available and In-Use', { exact: true }) })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Rotate certificate' }).click();
    const rotation = page.getByRole('dialog', { name: 'Rotate certificate' });
    await rotation.getByRole('heading', { name: 'Activate' }).waitFor();
    await page.mouse.move(0, 0);
    await save(page, `rotation-${colorScheme}`);

    await page.goto(`${baseUrl}/accounts/${ACCOUNT_ID}/certificates?view=timeline`);
    await page.getByRole('figure').getByRole('link').first().waitFor();
    await page.mouse.move(0, 0);
    await save(page, `timeline-${colorScheme}`);
    await context.close();
  }

  const phone = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  const page = await phone.newPage();
  await page.goto(`${baseUrl}/accounts/${ACCOUNT_ID}/certificates?scenario=default`);
  await page.getByRole('table').getByRole('link').first().waitFor();
  await save(page, 'list-mobile');
  await phone.close();
  return saved;
}

const given = process.argv[2];
const server = given ? { url: given.replace(/\/$/, ''), stop: () => {} } : await startPreview();
let browser;
try {
  browser = await chromium.launch({ executablePath: await executablePath() });
  const saved = await shoot(browser, server.url);
  for (const path of saved) console.log(`[screenshots] ${path.replace(root, '')}`);
} finally {
  await browser?.close();
  server.stop();
}
