// Measure 6: the table. Prints it, writes everything as JSON (bench-results/latest.json) and copies the
// table into docs/performance.md between its bench markers.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import type { BundleSizes } from './bundle-size.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PollingResult } from './polling.ts';
import type { ScaleResult } from './scale.ts';
import type { Summary } from './stats.ts';
import type { Timings } from './timings.ts';

export const TARGETS = {
  /** Script fetched before the first rows: live vs the floor, demo vs the demo floor. */
  scriptVsFloor: 1.1,
  lighthouseMobile: { demo: 95, live: 98, accessibility: 100, bestPractices: 100 },
  /** First visit to rows: demo vs the demo floor, live vs the floor. */
  firstVisitVsFloor: 1.3,
  /** First visit to rows: `many` vs `default`. */
  manyVsDefault: 1.5,
  manyRenderMs: 150,
  manyAnswerMs: 50,
} as const;

type Failed = { error: string };
export type Outcome<T> = T | Failed;
const failed = <T>(value: Outcome<T> | undefined): value is Failed | undefined =>
  value === undefined || (typeof value === 'object' && value !== null && 'error' in value);

export type BenchResult = {
  date: string;
  durationS: number;
  machine: { cpus: number; loadAverage: { start: number[]; end: number[] }; chromium: string; node: string };
  bundles: BundleSizes;
  lighthouse: Record<string, Outcome<LighthouseResult>>;
  timings: Outcome<Timings>;
  scale: Outcome<ScaleResult>;
  polling: Outcome<PollingResult>;
  targets: { name: string; target: string; measured: string; met: boolean | null; note: string }[];
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const ms1 = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
/** A Markdown table, padded the way the project's formatter (Biome) pads one. */
const table = (head: string[], rows: (string | number)[][]) => {
  const cells = [head, ...rows].map((cells) => cells.map(String));
  const widths = head.map((_, column) => Math.max(3, ...cells.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  const [first = [], ...rest] = cells;
  return [line(first), line(widths.map((width) => '-'.repeat(width))), ...rest.map(line)].join('\n');
};
const spread = (summary: Summary, format = ms) =>
  `${format(summary.median)} (worst ${format(summary.worst)})`;

/** What the performance targets say, against what this run measured. */
export function judge(result: Omit<BenchResult, 'targets'>): BenchResult['targets'] {
  const out: BenchResult['targets'] = [];
  const { bundles, lighthouse, timings, scale } = result;
  for (const [mode, floorName, ratio, script, floorScript, note] of [
    [
      'live',
      'the floor',
      bundles.ratio,
      bundles.live.js,
      bundles.floor.js,
      bundles.forbiddenFound.length
        ? `contains ${bundles.forbiddenFound.join(', ')}`
        : 'no MSW or X.509 code',
    ],
    [
      'demo',
      'the demo floor',
      bundles.demoRatio,
      bundles.demo.js,
      bundles.demoFloor.js,
      bundles.x509InDemo.length ? `contains ${bundles.x509InDemo.join(', ')}` : 'no X.509 code',
    ],
  ] as const) {
    out.push({
      name: `Script before the first rows, ${mode} vs ${floorName} (gzip, tested)`,
      target: `≤ ${TARGETS.scriptVsFloor}x`,
      measured: `${times(ratio)} (${kb(script)} vs ${kb(floorScript)})`,
      met: ratio <= TARGETS.scriptVsFloor,
      note,
    });
  }
  for (const [page, want] of [
    ['mock demo, mobile', TARGETS.lighthouseMobile.demo],
    ['live (local API), mobile', TARGETS.lighthouseMobile.live],
  ] as const) {
    const outcome = lighthouse[page];
    const { accessibility, bestPractices } = TARGETS.lighthouseMobile;
    out.push(
      failed(outcome)
        ? {
            name: `Lighthouse ${page}`,
            target: `≥ ${want}`,
            measured: 'n/a',
            met: null,
            note: outcome?.error ?? '',
          }
        : {
            name: `Lighthouse ${page}: performance / accessibility / best practices`,
            target: `≥ ${want} / ${accessibility} / ${bestPractices}`,
            measured:
              `${outcome.performance} / ${outcome.accessibility} / ${outcome.bestPractices}` +
              (outcome.scores ? ` (median of ${outcome.scores.join(', ')})` : ''),
            met:
              outcome.performance >= want &&
              outcome.accessibility >= accessibility &&
              outcome.bestPractices >= bestPractices,
            note: outcome.failing.join(', '),
          },
    );
  }
  if (failed(timings)) {
    out.push({
      name: 'First visit to rows',
      target: '',
      measured: 'n/a',
      met: null,
      note: timings?.error ?? '',
    });
  } else {
    for (const [name, base, limit] of [
      ['demo', 'demo floor', TARGETS.firstVisitVsFloor],
      ['live', 'floor', TARGETS.firstVisitVsFloor],
      ['demo many', 'demo', TARGETS.manyVsDefault],
    ] as const) {
      const measured = timings[name]?.coldRows.median ?? Number.NaN;
      const against = timings[base]?.coldRows.median ?? Number.NaN;
      if (!timings[name] || !timings[base]) continue;
      out.push({
        name: `First visit to rows: ${name === 'demo' ? 'demo (default)' : name} vs ${base === 'demo' ? 'demo (default)' : base}`,
        target: `≤ ${limit}x`,
        measured: `${times(measured / against)} (${ms(measured)} vs ${ms(against)})`,
        met: measured / against <= limit,
        note: 'medians of first visits (fresh browser context each)',
      });
    }
  }
  if (failed(scale)) {
    out.push({
      name: '2,000 certificates',
      target: '',
      measured: 'n/a',
      met: null,
      note: scale?.error ?? '',
    });
  } else {
    out.push({
      name: '2,000 certificates: list render',
      target: `< ${TARGETS.manyRenderMs} ms`,
      measured: spread(scale.render),
      met: scale.render.median < TARGETS.manyRenderMs,
      note: `median judged (wall clock); main-thread CPU ${ms(scale.cpu.render.median)}`,
    });
    for (const [name, summary, cpu] of [
      ['filter change', scale.filter, scale.cpu.filter],
      ['sort', scale.sort, scale.cpu.sort],
      ['search keystroke', scale.search, scale.cpu.search],
    ] as const) {
      out.push({
        name: `2,000 certificates: ${name}`,
        target: `< ${TARGETS.manyAnswerMs} ms`,
        measured: spread(summary, ms1),
        met: summary.median < TARGETS.manyAnswerMs,
        note: `median judged (wall clock); main-thread CPU ${ms1(cpu.median)}`,
      });
    }
  }
  return out;
}

export function renderTable(result: BenchResult): string {
  const { bundles, lighthouse, timings, scale, polling, machine } = result;
  const parts: string[] = [];
  parts.push(
    `Measured ${result.date} in ${Math.round(result.durationS)} s on ${machine.cpus} CPUs ` +
      `(load average ${machine.loadAverage.start[0]?.toFixed(1)} at the start, ` +
      `${machine.loadAverage.end[0]?.toFixed(1)} at the end), ${machine.chromium}, Node ${machine.node}.`,
  );

  parts.push(
    '**Script before the first rows, gzip** (from the builds’ manifests: what index.html loads, and in ' +
      'mock mode the mock’s chunk; dialogs, the drawer and X.509 load later)',
  );
  parts.push(
    table(
      ['build', 'JS', 'CSS', 'vs its floor'],
      [
        ['floor (bench/floor)', kb(bundles.floor.js), kb(bundles.floor.css), '1.00x'],
        [
          'demo floor (bench/floor-demo: floor + MSW)',
          kb(bundles.demoFloor.js),
          kb(bundles.demoFloor.css),
          '1.00x',
        ],
        ['live (entry)', kb(bundles.live.js), kb(bundles.live.css), `${times(bundles.ratio)} the floor`],
        [
          'demo (entry + mock chunk)',
          kb(bundles.demo.js),
          kb(bundles.demo.css),
          `${times(bundles.demoRatio)} the demo floor`,
        ],
      ],
    ),
  );

  parts.push(
    '**Lighthouse 12.2.3**, the list page (a first visit: Lighthouse clears storage); mobile pages: the median of several runs, taken in turns, its figures shown',
  );
  parts.push(
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS', 'machine index'],
      Object.entries(lighthouse).map(([name, outcome]) =>
        failed(outcome)
          ? [name, `failed: ${outcome?.error ?? ''}`, '', '', '', '', '', '', '']
          : [
              name,
              outcome.scores
                ? `${outcome.performance} (runs: ${outcome.scores.join(', ')})`
                : outcome.performance,
              outcome.accessibility,
              outcome.bestPractices,
              ms(outcome.fcpMs),
              ms(outcome.lcpMs),
              ms(outcome.tbtMs),
              outcome.cls,
              outcome.benchmarkIndex,
            ],
      ),
    ),
  );

  if (failed(timings)) parts.push(`**Timings** failed: ${timings?.error ?? ''}`);
  else {
    const names = Object.keys(timings);
    const label = (name: string) =>
      name === 'demo'
        ? 'demo (default)'
        : name === 'demo many'
          ? 'demo many (2,000)'
          : name === 'live'
            ? 'live (local API)'
            : name;
    const first = timings[names[0] ?? ''];
    const cell = (name: string, summary: Summary | undefined, format = ms) =>
      summary && summary.runs.length > 0
        ? spread(summary, format)
        : name === 'demo many'
          ? '(first visit only)'
          : 'n/a';
    parts.push(
      `**Timings**, headless Chromium, through \`npm run serve\`: first visits (a fresh browser context ` +
        `each), median of ${first?.coldRows.runs.length ?? 0} (worst); warm (a returning visit), median of ` +
        `${first?.rows.runs.length ?? 0}`,
    );
    parts.push(
      table(
        ['', ...names.map(label)],
        [
          ['first visit → rows', ...names.map((name) => cell(name, timings[name]?.coldRows))],
          [
            'first visit: script before rows (on the wire)',
            ...names.map((name) => cell(name, timings[name]?.coldScriptBytes, kb)),
          ],
          ['first paint (warm)', ...names.map((name) => cell(name, timings[name]?.firstPaint))],
          ['navigation → rows on screen (warm)', ...names.map((name) => cell(name, timings[name]?.rows))],
          [
            'click on a row → drawer content (warm)',
            ...names.map((name) => cell(name, timings[name]?.drawer)),
          ],
        ],
      ),
    );
  }

  if (failed(scale)) parts.push(`**2,000 certificates** failed: ${scale?.error ?? ''}`);
  else {
    parts.push(
      `**${scale.certificates.toLocaleString('en-US')} certificates** (\`?scenario=many\`, mock demo)`,
    );
    parts.push(
      table(
        ['', 'median', 'worst', 'main-thread CPU, median (worst)', 'target'],
        [
          [
            'list render (response end → rows on screen)',
            ms(scale.render.median),
            ms(scale.render.worst),
            spread(scale.cpu.render),
            '< 150 ms',
          ],
          [
            'status filter change (event → rows on screen)',
            ms1(scale.filter.median),
            ms1(scale.filter.worst),
            spread(scale.cpu.filter, ms1),
            '< 50 ms',
          ],
          [
            'sort (click → rows on screen)',
            ms1(scale.sort.median),
            ms1(scale.sort.worst),
            spread(scale.cpu.sort, ms1),
            '< 50 ms',
          ],
          [
            'search keystroke (input → rows on screen)',
            ms1(scale.search.median),
            ms1(scale.search.worst),
            spread(scale.cpu.search, ms1),
            '< 50 ms',
          ],
          [
            'navigation → rows on screen (data stored)',
            ms(scale.loadToRows.median),
            ms(scale.loadToRows.worst),
            '',
            '',
          ],
          ['first visit (scenario built in the page), one run', ms(scale.seedMs), '', '', ''],
        ],
      ),
    );
  }

  if (failed(polling)) parts.push(`**Polling** failed: ${polling?.error ?? ''}`);
  else {
    const cell = (window: PollingResult['idle']) =>
      `${window.perMinute} (${window.requests} in ${window.seconds} s)`;
    parts.push('**API requests per minute** (mock demo, list page)');
    parts.push(
      table(
        ['idle (nothing pending)', 'while a certificate is pending', 'after it is deployed'],
        [[cell(polling.idle), cell(polling.pending), cell(polling.afterPending)]],
      ),
    );
  }

  parts.push('**Targets**');
  parts.push(
    table(
      ['target', 'wanted', 'measured', 'met', 'note'],
      result.targets.map((target) => [
        target.name,
        target.target,
        target.measured,
        target.met === null ? 'n/a' : target.met ? 'yes' : '**no**',
        target.note,
      ]),
    ),
  );
  return parts.join('\n\n');
}

const START = '<!-- bench:start (written by `npm run bench`) -->';
const END = '<!-- bench:end -->';

export function writeReport(result: BenchResult, markdown: string): { json: string; docs: string | null } {
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), `${markdown}\n`);
  const docs = join(ROOT, 'docs', 'performance.md');
  if (!existsSync(docs)) return { json, docs: null };
  const text = readFileSync(docs, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return { json, docs: null };
  writeFileSync(docs, `${text.slice(0, start + START.length)}\n\n${markdown}\n\n${text.slice(end)}`);
  return { json, docs };
}
