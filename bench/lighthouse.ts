// Measure 2: Lighthouse 12.2.3 (performance, accessibility, best practices; LCP, TBT, CLS) on the list
// page in mock mode, mobile (its default: emulated phone, simulated slow 4G and 4x CPU) and desktop.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from './browser.ts';
import { freePort } from './serve.ts';

export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of how fast the machine was during the run (higher is faster). */
  benchmarkIndex: number;
  /** Audits that cost points in the scored categories, for the notes. */
  failing: string[];
  /** With several runs of one page: every run's performance score, in run order (this is the median run). */
  scores?: number[];
};

type Chromium = { port: number; process: ChildProcess; profile: string };

async function startChromium(executablePath: string): Promise<Chromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    executablePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return { port, process: child, profile };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`Chromium did not open its debugging port ${port} within 30 s.`);
}

async function stopChromium({ process: child, profile }: Chromium) {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  // Chromium's helpers may still be writing to the profile for a moment: retry, and never fail on it.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    // a leftover folder in the temp directory is harmless
  }
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

export async function runLighthouse(
  executablePath: string,
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseResult> {
  const chromium = await startChromium(executablePath);
  try {
    const result = await lighthouse(
      url,
      {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const scored = ['performance', 'accessibility', 'best-practices'].flatMap((id) =>
      (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
    );
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
      failing: [...new Set(scored)]
        .filter((id) => {
          const audit = audits[id];
          return audit && audit.score !== null && audit.score < 1;
        })
        .map((id) => `${id} (${score(audits[id]?.score)})`),
    };
  } finally {
    await stopChromium(chromium);
  }
}
