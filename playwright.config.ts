import { defineConfig, devices } from '@playwright/test';

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
  projects: [{ name: 'mock', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build serves the mock demo when no live configuration is given.
    // Each port builds to its own folder, so runs in parallel never overwrite each other's files.
    command: `npx vite build --logLevel warn --outDir dist-e2e-${MOCK_PORT} && npx vite preview --outDir dist-e2e-${MOCK_PORT} --port ${MOCK_PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${MOCK_PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
