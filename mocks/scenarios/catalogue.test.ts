import { expect, test } from 'vitest';
import { SCENARIO_CATALOGUE } from './catalogue';
import { SCENARIOS } from './scenarios';

test('the catalogue names every scenario the mock can build, each with one line', () => {
  expect(SCENARIO_CATALOGUE.map((scenario) => scenario.name)).toEqual([...SCENARIOS]);
  for (const { summary } of SCENARIO_CATALOGUE) expect(summary).toMatch(/^[A-Z0-9].{20,100}\.$/);
});
