// @vitest-environment node
import { expect, it } from 'vitest';
import type { LighthouseResult } from './lighthouse.ts';
import { medianRun } from './lighthouse-median.ts';

const run = (performance: number, tbtMs: number): LighthouseResult => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  fcpMs: 1800,
  lcpMs: 2000,
  tbtMs,
  cls: 0,
  benchmarkIndex: 1500,
  failing: [],
});

it('reports the median run by performance, with every run’s score in run order', () => {
  expect(medianRun([run(92, 150), run(84, 450), run(96, 60)])).toEqual({
    ...run(92, 150),
    scores: [92, 84, 96],
  });
  // An even count takes the lower middle: the figure is one that was measured, never flattered.
  expect(medianRun([run(90, 200), run(80, 500)]).performance).toBe(80);
  expect(medianRun([run(88, 300)])).toEqual(run(88, 300));
  expect(() => medianRun([])).toThrow(/No Lighthouse run/);
});
