import type { LighthouseResult } from './lighthouse.ts';

/**
 * The median run of several of one page, by performance score (the lower middle of an even count),
 * carrying every run's score. Lighthouse's own advice: a single run moves by several points.
 */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('No Lighthouse run to take the median of.');
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseResult;
  return runs.length > 1 ? { ...median, scores: runs.map((run) => run.performance) } : median;
}
