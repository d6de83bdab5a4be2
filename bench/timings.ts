// Measure 3: navigation to the table's rows, and a click on a row to the drawer's content, in headless
// Chromium, beside the floors. Warm runs load the page again in one tab (service worker installed, demo
// data seeded, HTTP cache filled: a returning user); cold runs each get a fresh browser context (a first
// visit), and count the script fetched before the first rows (bytes on the wire, from resource timing).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PROBE_SCRIPT } from './page-probe.ts';
import { type Summary, summarise, within } from './stats.ts';

/** `coldOnly`: a first visit only (the `many` scenario, whose address applies it anew on each load). */
export type Target = { name: string; url: string; coldOnly?: boolean };

export type LoadRun = { fcp: number | null; rows: number; drawer: number; scriptBytes: number };
export type TargetTimings = {
  firstPaint: Summary;
  rows: Summary;
  drawer: Summary;
  coldRows: Summary;
  /** First visits: script bytes on the wire requested before the first rows were on screen. */
  coldScriptBytes: Summary;
};
export type Timings = Record<string, TargetTimings>;

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PROBE_SCRIPT });
  return context;
}

/**
 * One visit in `page`'s tab: navigation to rows on screen, then a click on the first row to the drawer's
 * content. Every visit is a full page load; a warm tab stays on the same site, so it keeps its renderer
 * process (with the live server's cross-origin isolation headers, a detour through about:blank would
 * start a new process each time, and time that rather than the app).
 */
export async function visit(page: Page, url: string): Promise<LoadRun> {
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const rows = await within(
      page.evaluate(() => window.__bench.rows),
      60_000,
      `the table's rows at ${url}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}${errors.length ? ` Page errors: ${errors.join('; ')}` : ''}`);
    });
    const scriptBytes = await page.evaluate(
      (before) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.startTime <= before && /\.m?js(\?|$)/.test(new URL(entry.name).pathname))
          .reduce((sum, entry) => sum + entry.transferSize, 0),
      rows,
    );
    const fcp = await page
      .waitForFunction(() => window.__bench.fcp, null, { timeout: 3_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    await page.evaluate(() => {
      window.__bench.pending = window.__bench.paintedWhen(
        () =>
          document
            .querySelector('[role="dialog"] .sheet__body')
            ?.textContent?.includes('Basic information') ?? false,
      );
    });
    await page.locator('tbody tr').first().locator('td').first().click();
    const shownAt = await within(
      page.evaluate(async () => (await window.__bench.pending) ?? Number.NaN),
      30_000,
      `the drawer at ${url}`,
    );
    const clickAt = await page.evaluate(() => window.__bench.lastEvent.click ?? Number.NaN);
    return { fcp, rows, drawer: shownAt - clickAt, scriptBytes };
  } finally {
    page.off('pageerror', onError);
  }
}

export async function measureTimings(
  browser: Browser,
  targets: Target[],
  { runs = 7, coldRuns = 3 }: { runs?: number; coldRuns?: number } = {},
): Promise<Timings> {
  const warm: Record<string, LoadRun[]> = {};
  const cold: Record<string, LoadRun[]> = {};
  const contexts: BrowserContext[] = [];
  const tabs = new Map<string, Page>();
  try {
    for (const target of targets) {
      warm[target.name] = [];
      cold[target.name] = [];
      if (target.coldOnly) continue;
      const context = await newContext(browser);
      contexts.push(context);
      const tab = await context.newPage();
      tabs.set(target.name, tab);
      await visit(tab, target.url); // warm-up: installs the worker, seeds the data, fills the cache
    }
    // Interleaved, so load on the machine falls on every target alike.
    for (let run = 0; run < runs; run += 1) {
      for (const target of targets) {
        const tab = tabs.get(target.name);
        if (tab) warm[target.name]?.push(await visit(tab, target.url));
      }
    }
    for (let run = 0; run < coldRuns; run += 1) {
      for (const target of targets) {
        const context = await newContext(browser);
        try {
          cold[target.name]?.push(await visit(await context.newPage(), target.url));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    for (const context of contexts) await context.close();
  }
  return Object.fromEntries(
    targets.map(({ name }) => {
      const runsOf = warm[name] ?? [];
      return [
        name,
        {
          firstPaint: summarise(
            runsOf.map((run) => run.fcp ?? Number.NaN),
            0,
          ),
          rows: summarise(
            runsOf.map((run) => run.rows),
            0,
          ),
          drawer: summarise(
            runsOf.map((run) => run.drawer),
            0,
          ),
          coldRows: summarise(
            (cold[name] ?? []).map((run) => run.rows),
            0,
          ),
          coldScriptBytes: summarise(
            (cold[name] ?? []).map((run) => run.scriptBytes),
            0,
          ),
        },
      ];
    }),
  );
}
