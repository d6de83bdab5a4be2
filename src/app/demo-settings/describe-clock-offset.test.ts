import { expect, test } from 'vitest';
import { describeClockOffset } from './clock-section';

const DAY_MS = 86_400_000;

test('says how far the demo clock is from real time, in days', () => {
  expect(describeClockOffset(0)).toBe('real time');
  expect(describeClockOffset(-30_000)).toBe('real time');
  expect(describeClockOffset(2 * 3_600_000)).toBe('less than a day ahead of real time');
  expect(describeClockOffset(DAY_MS)).toBe('1 day ahead of real time');
  expect(describeClockOffset(30 * DAY_MS + 5000)).toBe('30 days ahead of real time');
  expect(describeClockOffset(-170 * DAY_MS)).toBe('170 days behind real time');
  expect(describeClockOffset(1000 * DAY_MS)).toBe('1,000 days ahead of real time');
});
