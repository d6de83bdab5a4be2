import { expect, test } from './fixtures';

// A first visit to the demo: the mock's service worker starts installing before the app's code has
// arrived (public/mock-worker-early.js), and MSW's start waits until it controls the page. MSW reloads
// a page whose worker is registered but not in control, so without that wait a first visit could load twice.

test('a first visit to the demo loads the page once, with the early worker in control', async ({ page }) => {
  // Documents fetched, not navigations: the router's own history entry is a same-document navigation.
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame())
      loads.push(request.url());
  });
  const earlyScript = page.waitForRequest((request) => request.url().endsWith('/mock-worker-early.js'));

  await page.goto('/accounts/0123456789abcdef0123456789abcdef/certificates');
  await earlyScript;
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);

  expect(loads).toHaveLength(1);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/mockServiceWorker\.js$/,
  );
  expect(await page.evaluate(() => '__ztMockWorker' in window)).toBe(true);
});

test('the demo asks for its mock’s code only once the first render has been painted and the browser reports it shown', async ({
  page,
}) => {
  // When React's first render reaches #root, and when the frame that paints it begins.
  await page.addInitScript(() => {
    const seen = { filledAt: 0, frameAt: 0 };
    Object.assign(window, { __firstRender: seen });
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root || root.childNodes.length === 0) return;
      observer.disconnect();
      seen.filledAt = performance.now();
      requestAnimationFrame(() => {
        seen.frameAt = performance.now();
      });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/accounts/0123456789abcdef0123456789abcdef/certificates');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);

  const { frameAt, shownAt, mockRequestedAt } = await page.evaluate(() => ({
    frameAt: (window as unknown as { __firstRender: { frameAt: number } }).__firstRender.frameAt,
    // The paint's presentation: headless Chromium with tracing reported it 100-230 ms after the frame that painted it.
    shownAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    mockRequestedAt:
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        /\/assets\/start-mock-[^/]+\.js$/.test(new URL(entry.name).pathname),
      )?.startTime ?? null,
  }));
  // So the mock, as large as the entry, never competes with what paints the page.
  expect(frameAt).toBeGreaterThan(0);
  expect(mockRequestedAt).not.toBeNull();
  expect(mockRequestedAt ?? 0).toBeGreaterThan(frameAt);
  expect(shownAt).not.toBeNull();
  expect(mockRequestedAt ?? 0).toBeGreaterThan(shownAt ?? Number.POSITIVE_INFINITY);
});

test('a reload leaves the worker already in charge to MSW, and the list comes back once', async ({
  page,
}) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame())
      loads.push(request.url());
  });
  await page.goto('/accounts/0123456789abcdef0123456789abcdef/certificates');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);

  await page.reload();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  await expect(page.getByText('The certificates could not be loaded.')).toHaveCount(0);

  // The worker unregisters itself when its last page closes: registering again beside that, on a
  // reload, raced it and could hold the list back for seconds (public/mock-worker-early.js).
  expect(loads).toHaveLength(2);
});

test('the dialogs and the drawer are fetched once the user reaches for the page, not in the first moments after the rows', async ({
  page,
}) => {
  const parts =
    /\/assets\/(generate-certificate-dialog|upload-certificate-dialog|certificate-drawer-route)-[^/]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (parts.test(new URL(request.url()).pathname)) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/accounts/0123456789abcdef0123456789abcdef/certificates');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  // Nobody has moved a pointer or pressed a key: the parts wait (up to 3 s after the rows).
  await page.waitForTimeout(1000);
  expect(fetched).toEqual([]);

  // A pointer moving over the page is a sign of what comes next: the three parts follow, one idle moment each.
  await page.mouse.move(200, 200);
  await expect.poll(() => fetched.length).toBe(3);
});
