import { startAccessTeam, startEdge, startMockApi, stopAllProcesses } from '../../edge/test-support';
import { certificateRows, expect, test } from '../fixtures';

// The console on Cloudflare's edge, in Chromium: the Worker in workerd (as `npm run edge` runs
// it) serving this run's build, in front of `npm run mock-api` and a stand-in Access team domain.
// The browser carries Access's CF_Authorization cookie, as it does behind a real Access application.

const ACCOUNT = 'e0e1e2e3e4e5e6e7e8e9eaebecedeeef';
const TOKEN = 'e2e-edge-token-8b41d6f2c9';
const EMAIL = 'grace@example.com';
const DIST = `dist-e2e-${process.env.E2E_PORT ?? 4317}`;

let edgeUrl = '';
let team: Awaited<ReturnType<typeof startAccessTeam>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  team = await startAccessTeam();
  const mock = await startMockApi(TOKEN);
  const edge = await startEdge(DIST, {
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    CLOUDFLARE_API_BASE_URL: `${mock.url}/client/v4`,
    ACCESS_TEAM_DOMAIN: team.teamDomain,
    ACCESS_AUD: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  });
  edgeUrl = edge.url;
});

test.afterAll(async () => {
  await stopAllProcesses();
  await team?.stop();
});

test('without an Access sign-in, the console is not served', async ({ page }) => {
  const response = await page.goto(`${edgeUrl}/accounts/${ACCOUNT}/certificates`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  await expect(page.getByText('Sign in through Cloudflare Access to use this console.')).toBeVisible();
});

test('signed in through Access, the live console lists the account and names the administrator', async ({
  page,
  context,
  axe,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await context.addCookies([
    { name: 'CF_Authorization', value: await team.sign({}, { email: EMAIL }), url: edgeUrl },
  ]);

  const script = page.waitForResponse((response) => /\/assets\/index-[^/]+\.js$/.test(response.url()));
  await page.goto(`${edgeUrl}/accounts/${ACCOUNT}/certificates`);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  // The build's compressed copy, as npm run serve sends it, and the page still runs.
  expect((await script).headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  const topBar = page.getByRole('banner');
  await expect(topBar).toContainText(`Live account ${ACCOUNT}`);
  await expect(topBar).toContainText(`Signed in as ${EMAIL}`);
  // The rows came from the mock API through the Worker, which added the token the mock demands.
  await expect(certificateRows(page).first()).toBeVisible();
  expect(await axe()).toEqual([]);
  // A CSP refusal (an inline script, a foreign fetch) would be a console error.
  expect(errors).toEqual([]);
});
