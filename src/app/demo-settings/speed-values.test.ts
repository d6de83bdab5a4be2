import { expect, test } from 'vitest';
import { parseLatencyMs, parsePendingSeconds } from './speed-values';

test('Pending duration takes seconds from 0 to 600, with one decimal at most', () => {
  expect(parsePendingSeconds('4')).toEqual({ ok: true, value: 4 });
  expect(parsePendingSeconds(' 0.5 ')).toEqual({ ok: true, value: 0.5 });
  expect(parsePendingSeconds('600')).toEqual({ ok: true, value: 600 });
  expect(parsePendingSeconds('')).toEqual({
    ok: false,
    message: 'Enter how many seconds Pending lasts, from 0 to 600.',
  });
  for (const bad of ['601', '-1', '0.25', 'four', '1e2']) {
    expect(parsePendingSeconds(bad)).toEqual({
      ok: false,
      message: `"${bad}" is not a number of seconds from 0 to 600 (one decimal at most, such as 0.5).`,
    });
  }
});

test('Response latency takes whole milliseconds from 0 to 60,000', () => {
  expect(parseLatencyMs('0')).toEqual({ ok: true, value: 0 });
  expect(parseLatencyMs('60000')).toEqual({ ok: true, value: 60_000 });
  expect(parseLatencyMs('')).toMatchObject({ ok: false, message: /^Enter how slow each answer is/ });
  for (const bad of ['60001', '1.5', '-3', 'slow']) {
    expect(parseLatencyMs(bad)).toEqual({
      ok: false,
      message: `"${bad}" is not a whole number of milliseconds from 0 to 60,000.`,
    });
  }
});
