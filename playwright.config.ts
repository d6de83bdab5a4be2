import { defineConfig, devices } from '@playwright/test';
import {
  DEAD_API_BASE,
  DEAD_UPSTREAM_PORT,
  DEAD_UPSTREAM_URL,
  DEMO_PORT,
  DEMO_URL,
  LIVE_ACCOUNT_ID,
  LIVE_DIST_DIR,
  LIVE_PORT,
  LIVE_TOKEN,
  LIVE_URL,
  MOCK_API_BASE,
  MOCK_API_PORT,
} from './e2e/live/live-env';

// scripts/run-e2e.mjs chooses the browser: empty means Playwright's own, a path means a system Chromium.
const executablePath = process.env.PW_CHROMIUM_EXECUTABLE || undefined;
const MOCK_PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${MOCK_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      // Keep Chromium off the network: this machine reaches only package registries.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'mock', use: { ...devices['Desktop Chrome'] }, testIgnore: ['live/**', 'edge/**'] },
    {
      // Live mode through `npm run serve`, with `npm run mock-api` standing in for Cloudflare. The
      // files share one upstream account, so one worker runs them, one test after another.
      name: 'live',
      testMatch: 'live/**/*.spec.ts',
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'], baseURL: LIVE_URL },
    },
    {
      // The Worker in workerd behind a stand-in Cloudflare Access (e2e/edge/ starts it on this run's build).
      name: 'edge',
      testMatch: 'edge/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  // Started one after another, in this order, for every project.
  webServer: [
    {
      // The production build serves the mock demo when no live configuration is given.
      // Each port builds to its own folder, so runs in parallel never overwrite each other's files.
      command: `npx vite build --logLevel warn --outDir dist-e2e-${MOCK_PORT} && npx vite preview --outDir dist-e2e-${MOCK_PORT} --port ${MOCK_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${MOCK_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'npm run mock-api',
      // A 403 (no token) is an answer: Playwright counts it as up.
      url: `${MOCK_API_BASE}/accounts/${LIVE_ACCOUNT_ID}/gateway/certificates`,
      env: { PORT: String(MOCK_API_PORT), MOCK_PENDING_MS: '1500', MOCK_API_TOKEN: LIVE_TOKEN },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite build --logLevel warn --outDir ${LIVE_DIST_DIR} && npm run serve`,
      url: LIVE_URL,
      env: {
        PORT: String(LIVE_PORT),
        DIST_DIR: LIVE_DIST_DIR,
        CLOUDFLARE_API_TOKEN: LIVE_TOKEN,
        CLOUDFLARE_ACCOUNT_ID: LIVE_ACCOUNT_ID,
        CLOUDFLARE_API_BASE_URL: MOCK_API_BASE,
        UPSTREAM_TIMEOUT_MS: '10000',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build without a token: the mock demo, under the server's headers. Built above.
      command: 'npm run serve',
      url: DEMO_URL,
      env: { PORT: String(DEMO_PORT), DIST_DIR: LIVE_DIST_DIR, CLOUDFLARE_API_TOKEN: '' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Live, with nothing listening upstream.
      command: 'npm run serve',
      url: DEAD_UPSTREAM_URL,
      env: {
        PORT: String(DEAD_UPSTREAM_PORT),
        DIST_DIR: LIVE_DIST_DIR,
        CLOUDFLARE_API_TOKEN: LIVE_TOKEN,
        CLOUDFLARE_ACCOUNT_ID: LIVE_ACCOUNT_ID,
        CLOUDFLARE_API_BASE_URL: DEAD_API_BASE,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
