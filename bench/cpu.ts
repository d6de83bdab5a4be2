// Main-thread CPU time of a stretch of page time, from a Chromium trace: the tasks' thread time, which
// other jobs on the machine do not stretch the way they stretch wall-clock latency.
import type { Browser, Page } from '@playwright/test';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
};

export type CpuTrace = {
  /** Marks the page clock now under `name`, so page times of this document can be found in the trace. */
  sync: (name: string) => Promise<void>;
  /** Stops tracing; then `cpuMs(name, from, to)` is the main thread's CPU ms between two page times. */
  stop: () => Promise<{ cpuMs: (sync: string, fromMs: number, toMs: number) => number }>;
};

export async function startCpuTrace(browser: Browser, page: Page): Promise<CpuTrace> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  const pageTimes = new Map<string, number>();
  return {
    sync: async (name) => {
      pageTimes.set(name, await page.evaluate((mark) => performance.mark(mark).startTime, name));
    },
    stop: async () => {
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      const marks = new Map(
        traceEvents.filter((event) => pageTimes.has(event.name)).map((event) => [event.name, event]),
      );
      const first = marks.values().next().value;
      const mainThread = traceEvents.find(
        (event) =>
          event.name === 'thread_name' && event.pid === first?.pid && event.args?.name === 'CrRendererMain',
      );
      const tasks = traceEvents.filter(
        (event) =>
          event.name === 'ThreadControllerImpl::RunTask' &&
          event.ph === 'X' &&
          event.pid === first?.pid &&
          event.tid === mainThread?.tid,
      );
      return {
        cpuMs: (sync, fromMs, toMs) => {
          const mark = marks.get(sync);
          const at = pageTimes.get(sync);
          if (!mark || at === undefined || !mainThread) return Number.NaN;
          const from = mark.ts + (fromMs - at) * 1000;
          const to = mark.ts + (toMs - at) * 1000;
          let cpu = 0;
          for (const task of tasks) {
            if (task.ts >= from && task.ts < to) cpu += task.tdur ?? task.dur ?? 0;
          }
          return cpu / 1000;
        },
      };
    },
  };
}
