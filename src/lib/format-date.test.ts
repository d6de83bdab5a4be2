import { expect, test } from 'vitest';
import {
  daysUntil,
  describeAge,
  describeExpiry,
  findTimestamp,
  formatCount,
  formatDate,
  formatDateTime,
  formatDateTimeUtc,
  humanizeTimestamps,
} from './format-date';

const now = Date.parse('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();

test.each([
  [212 * DAY, 'in 212 days'],
  [212 * DAY + 5 * 3_600_000, 'in 212 days'],
  [1 * DAY, 'in 1 day'],
  [1825 * DAY, 'in 1,825 days'],
  [3 * 3_600_000, 'expires today'],
  [-3 * 3_600_000, 'expired today'],
  [-1 * DAY, 'expired 1 day ago'],
  [-3 * DAY, 'expired 3 days ago'],
  [-366 * DAY, 'expired 366 days ago'],
])('an expiry %i ms away reads "%s"', (offset, words) => {
  expect(describeExpiry(at(offset), now)).toBe(words);
});

test('daysUntil counts whole days either way', () => {
  expect(daysUntil(at(2.5 * DAY), now)).toBe(2);
  expect(daysUntil(at(-2.5 * DAY), now)).toBe(-3);
});

test('ages read as days ago', () => {
  expect(describeAge(at(-2 * 3_600_000), now)).toBe('today');
  expect(describeAge(at(-1 * DAY), now)).toBe('1 day ago');
  expect(describeAge(at(-30 * DAY), now)).toBe('30 days ago');
});

test('one style: the date as the list writes it, and the time with its zone where a time shows', () => {
  expect(formatDate('2031-11-30T23:40:00Z')).toMatch(/^(Nov 30|Dec 1), 2031$/);
  expect(formatDateTime('2026-06-15T03:49:00Z')).toMatch(/^Jun 1[45], 2026, \d{1,2}:49 [AP]M \S+$/);
  expect(formatDateTime('2026-06-15T03:49:00Z')).not.toMatch(/ 0\d:/);
});

test("a server's timestamps are rewritten in that style, and the first one can be read back", () => {
  const message = 'The next one can be generated after 2026-06-16T03:49:12.345Z.';
  expect(humanizeTimestamps(message)).toBe(
    `The next one can be generated after ${formatDateTime('2026-06-16T03:49:12.345Z')}.`,
  );
  expect(humanizeTimestamps(message)).not.toMatch(/\d{4}-\d\d-\d\dT/);
  expect(findTimestamp(message)).toBe(Date.parse('2026-06-16T03:49:12.345Z'));
  expect(findTimestamp('no time here')).toBeNull();
});

test('text that leaves the browser uses the same style in UTC', () => {
  expect(formatDateTimeUtc('2027-03-15T10:30:00Z')).toBe('Mar 15, 2027, 10:30 AM UTC');
});

test('the plain date and the count read exactly as Intl’s en-US would write them, without Intl', () => {
  const intlDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
  for (let day = -800; day <= 11_000; day += 37) {
    const date = new Date(now + day * DAY + (day % 5) * 3_600_000);
    expect(formatDate(date)).toBe(intlDate.format(date));
    expect(formatDate(date.toISOString())).toBe(intlDate.format(date));
  }
  expect(() => formatDate('not a date')).toThrow(RangeError);
  for (const count of [0, 7, 999, 1000, 1825, 12_345, 2_000_000]) {
    expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
  }
});
