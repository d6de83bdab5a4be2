import { expect, test } from 'vitest';
import { DURATION_PRESETS, expiryAfter, parseValidityDays } from './validity';

test.each([
  ['1', 1],
  ['365', 365],
  ['10950', 10950],
  [' 30 ', 30],
  ['007', 7],
])('"%s" is accepted as %i days', (input, days) => {
  expect(parseValidityDays(input)).toEqual({ ok: true, days });
});

test.each([
  ['', /Enter the number of days/],
  ['   ', /Enter the number of days/],
  ['0', /at least 1 day/],
  ['10951', /At most 10,950 days/],
  ['99999999999999999999', /At most 10,950 days/],
  ['-1', /is not a whole number/],
  ['1.5', /is not a whole number/],
  ['1e3', /is not a whole number/],
  ['0x10', /is not a whole number/],
  ['3 0', /is not a whole number/],
  ['٣٠', /is not a whole number/],
  ['３０', /is not a whole number/],
  ['thirty', /is not a whole number/],
  ['<script>alert(1)</script>', /is not a whole number/],
])('"%s" is refused with a message', (input, message) => {
  const result = parseValidityDays(input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
});

test('a very long input is shortened in the message', () => {
  const result = parseValidityDays('9'.repeat(5) + 'x'.repeat(5000));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message.length).toBeLessThan(200);
});

test('the presets are 1 to 5 years, 5 recommended', () => {
  expect(DURATION_PRESETS.map((preset) => preset.label)).toEqual([
    '1 year',
    '2 years',
    '3 years',
    '4 years',
    '5 years (recommended)',
  ]);
  expect(DURATION_PRESETS.at(-1)?.days).toBe(1825);
});

test('the expiry is exactly the number of days later', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  expect(expiryAfter(30, now).toISOString()).toBe('2026-01-31T00:00:00.000Z');
});
