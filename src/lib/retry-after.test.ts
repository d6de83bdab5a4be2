import { expect, test } from 'vitest';
import { parseRetryAfter } from './retry-after';

const NOW = Date.parse('2026-12-02T10:00:00Z');

test('reads delay-seconds', () => {
  expect(parseRetryAfter('3', NOW)).toBe(3000);
  expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
});

test('reads an HTTP date, and a date already past means now', () => {
  expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:30 GMT', NOW)).toBe(30_000);
  expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
});

test('absent or unreadable is null', () => {
  expect(parseRetryAfter(null, NOW)).toBeNull();
  expect(parseRetryAfter('', NOW)).toBeNull();
  expect(parseRetryAfter('soon', NOW)).toBeNull();
  expect(parseRetryAfter('-5', NOW)).toBeNull();
});
