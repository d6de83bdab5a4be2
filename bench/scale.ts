// Measure 4: the `many` scenario (2,000 certificates). Seeds them once (minting takes seconds), then
// times the list's render on reload (from the list response's last byte to the rows on screen), and
// how fast a status filter change, a sort and a search keystroke answer (from the input event to the
// changed rows on screen).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startCpuTrace } from './cpu.ts';
import { PROBE_SCRIPT } from './page-probe.ts';
import { type Summary, summarise, within } from './stats.ts';

export type ScaleResult = {
  certificates: number;
  /** Navigation to rows on the very first visit, minting included (for information). */
  seedMs: number;
  /** Navigation to rows, data already stored. */
  loadToRows: Summary;
  /** The list response's end to rows on screen: parse, view (filter, sort), render, paint. */
  render: Summary;
  filter: Summary;
  sort: Summary;
  /** One keystroke in "Search certificates" (a whole new query: the list is searched again from scratch). */
  search: Summary;
  /** Main-thread CPU ms of the same stretches (thread time from a trace: what other jobs do not stretch). */
  cpu: { render: Summary; filter: Summary; sort: Summary; search: Summary };
};

type Stretch = { from: number; to: number };

/** Arms a wait for the table body to change, runs `act`, and returns the input event and the paint after. */
async function answerTime(
  page: Page,
  event: 'click' | 'change' | 'input',
  act: () => Promise<void>,
): Promise<Stretch> {
  await page.evaluate(() => {
    const rows = () => document.querySelector('tbody')?.textContent ?? '';
    const before = rows();
    window.__bench.pending = window.__bench.paintedWhen(() => rows() !== before && rows() !== '');
  });
  await act();
  const paintedAt = await within(
    page.evaluate(async () => (await window.__bench.pending) ?? Number.NaN),
    30_000,
    'the rows to change',
  );
  const eventAt = await page.evaluate((type) => window.__bench.lastEvent[type] ?? Number.NaN, event);
  return { from: eventAt, to: paintedAt };
}

async function rowsAfterLoad(page: Page): Promise<{ rows: number; render: Stretch }> {
  const rows = await within(
    page.evaluate(() => window.__bench.rows),
    60_000,
    'the rows of 2,000 certificates',
  );
  const responseEnd = await page.evaluate(() => {
    const list = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/gateway\/certificates(\?|$)/.test(entry.name)) as PerformanceResourceTiming[];
    return list[0]?.responseEnd ?? Number.NaN;
  });
  return { rows, render: { from: responseEnd, to: rows } };
}

export type Seeded = { context: BrowserContext; page: Page; listUrl: string; seedMs: number };

/** Opens the list with `?scenario=many` and waits for the rows: minting 2,000 certificates takes seconds. */
export async function seedMany(browser: Browser, listUrl: string): Promise<Seeded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await page.goto(`${listUrl}?scenario=many`, { waitUntil: 'commit' });
    const seedMs = await within(
      page.evaluate(() => window.__bench.rows),
      240_000,
      'the `many` scenario',
    );
    return { context, page, listUrl, seedMs };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function measureScale(
  browser: Browser,
  { context, page, listUrl, seedMs }: Seeded,
  { reloads = 5, cycles = 3 }: { reloads?: number; cycles?: number } = {},
): Promise<ScaleResult> {
  try {
    const filterSelect = page.getByLabel('Status', { exact: true });
    const total = await filterSelect.locator('option[value="all"]').textContent();
    const certificates = Number(/\(([\d,]+)\)/.exec(total ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);

    const trace = await startCpuTrace(browser, page);
    const loads: { rows: number; render: Stretch; sync: string }[] = [];
    for (let run = 0; run < reloads; run += 1) {
      await page.goto(listUrl, { waitUntil: 'commit' });
      const sync = `bench-load-${run}`;
      loads.push({ ...(await rowsAfterLoad(page)), sync });
      await trace.sync(sync);
    }

    const filter: { stretch: Stretch; sync: string }[] = [];
    const sort: { stretch: Stretch; sync: string }[] = [];
    const search: { stretch: Stretch; sync: string }[] = [];
    const searchBox = page.getByRole('searchbox', { name: 'Search certificates' });
    // Short ids of two certificates on screen: each query below changes the rows, so each answer shows.
    const shortIds = (await page.locator('tbody th a').allTextContents())
      .slice(0, 2)
      .map((label) => label.replace('Certificate ', ''));
    const queries = [shortIds[0] ?? 'a', '', (shortIds[1] ?? 'b').toUpperCase(), ''];
    const sync = 'bench-answers';
    await trace.sync(sync);
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      for (const status of ['Inactive', 'Available', 'all']) {
        const stretch = await answerTime(page, 'change', async () => {
          await filterSelect.selectOption(status);
        });
        filter.push({ stretch, sync });
      }
      for (const column of ['Expires', 'Expires', 'Created']) {
        const stretch = await answerTime(page, 'click', () =>
          page.getByRole('button', { name: column, exact: true }).click(),
        );
        sort.push({ stretch, sync });
      }
      for (const query of queries) {
        const stretch = await answerTime(page, 'input', () => searchBox.fill(query));
        search.push({ stretch, sync });
      }
    }
    const { cpuMs } = await trace.stop();
    const wall = (runs: { stretch: Stretch }[]) => runs.map(({ stretch }) => stretch.to - stretch.from);
    const cpu = (runs: { stretch: Stretch; sync: string }[]) =>
      runs.map(({ stretch, sync }) => cpuMs(sync, stretch.from, stretch.to));
    const renders = loads.map((load) => ({ stretch: load.render, sync: load.sync }));
    return {
      certificates,
      seedMs: Math.round(seedMs),
      loadToRows: summarise(loads.map((load) => load.rows)),
      render: summarise(wall(renders)),
      filter: summarise(wall(filter), 1),
      sort: summarise(wall(sort), 1),
      search: summarise(wall(search), 1),
      cpu: {
        render: summarise(cpu(renders)),
        filter: summarise(cpu(filter), 1),
        sort: summarise(cpu(sort), 1),
        search: summarise(cpu(search), 1),
      },
    };
  } finally {
    await context.close();
  }
}
