import { expect, test } from 'vitest';
import { parseInstant, parseLatency, readUrlControls } from './url-controls';

const read = (query: string) => readUrlControls(new URLSearchParams(query));

test('reads ?scenario=, ?now= and ?latency= together', () => {
  expect(read('scenario=expired-in-use&now=2026-06-15T09:30:00Z&latency=250')).toEqual({
    scenario: 'expired-in-use',
    nowMs: Date.parse('2026-06-15T09:30:00Z'),
    latencyMs: 250,
    problems: [],
  });
  expect(read('')).toEqual({ scenario: null, nowMs: null, latencyMs: null, problems: [] });
});

test('?now= takes ISO-8601 dates and date-times, with or without a zone', () => {
  expect(parseInstant('2026-06-15')).toBe(Date.parse('2026-06-15T00:00:00Z'));
  expect(parseInstant('2026-06-15T09:30Z')).toBe(Date.parse('2026-06-15T09:30:00Z'));
  expect(parseInstant('2026-06-15T09:30:15.123+02:00')).toBe(Date.parse('2026-06-15T07:30:15.123Z'));
  expect(parseInstant('2028-02-29T00:00:00Z')).toBe(Date.parse('2028-02-29T00:00:00Z'));
  expect(parseInstant('2026-06-15T09:30')).toBe(new Date(2026, 5, 15, 9, 30).getTime());
});

test.each([
  'tomorrow',
  '',
  '15/06/2026',
  '2026-6-15',
  '2026-02-30',
  '2027-02-29',
  '2026-13-01',
  '2026-06-15T24:00Z',
  '2026-06-15T09:60Z',
  '2026-06-15 09:30',
  '1781524800000',
  '2026-06-15T09:30:00Z<script>',
])('?now=%s is refused with a sentence that says what to write', (value) => {
  const parsed = parseInstant(value);
  expect(parsed).toBeTypeOf('string');
  expect(parsed).toContain('is not a date and time in ISO-8601 (such as 2026-03-01');
  expect(parsed).toContain('the clock was left as it was');
});

test('?now= outside the years the demo can mint for is refused', () => {
  expect(parseInstant('1999-12-31')).toMatch(/outside the years the demo can simulate \(2000 to 2099\)/);
  expect(parseInstant('2100-01-01')).toMatch(/outside the years/);
});

test.each([
  ['0', 0],
  ['3000', 3000],
  ['60000', 60_000],
])('?latency=%s is %d ms', (value, ms) => {
  expect(parseLatency(value)).toBe(ms);
});

test.each(['-1', '1.5', 'fast', '', '60001', '1e3', '0x10'])('?latency=%s is refused', (value) => {
  expect(parseLatency(value)).toMatch(
    /is not a whole number of milliseconds from 0 to 60,000, so answers keep/,
  );
});

test('every bad value is reported and ignored, the good ones still apply', () => {
  const controls = read('scenario=nope&now=yesterday&latency=slow');
  expect(controls).toMatchObject({ scenario: null, nowMs: null, latencyMs: null });
  expect(controls.problems).toEqual([
    expect.stringMatching(
      /^There is no scenario "nope", so the data was left as it was\. Scenarios: default, empty/,
    ),
    expect.stringMatching(/^\?now=yesterday is not a date/),
    expect.stringMatching(/^\?latency=slow is not a whole number/),
  ]);
  expect(read('scenario=many&latency=slow')).toMatchObject({ scenario: 'many', latencyMs: null });
});
