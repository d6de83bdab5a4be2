import { expect, test } from 'vitest';
import type { Certificate } from './certificate';
import {
  EMPTY_HISTORY,
  generationAllowance,
  rememberGenerations,
  rememberRefusal,
} from './generation-allowance';

const now = Date.parse('2026-06-15T12:00:00Z');
const HOUR = 3_600_000;
const generated = (id: string, hoursAgo: number, type: Certificate['type'] = 'gateway_managed') => ({
  id,
  type,
  createdAt: new Date(now - hoursAgo * HOUR).toISOString(),
});

test('counts the generations of the last 24 hours among the certificates seen', () => {
  const history = rememberGenerations(
    EMPTY_HISTORY,
    [generated('a', 2), generated('b', 30), generated('c', 1, 'custom')],
    now,
  );
  expect(generationAllowance(history, now)).toEqual({ kind: 'up-to', left: 2 });
});

test('a delete does not give a generation back', () => {
  const seen = rememberGenerations(
    EMPTY_HISTORY,
    [generated('a', 3), generated('b', 2), generated('c', 1)],
    now,
  );
  // The list after deleting c no longer holds it, but the generation still counts.
  const afterDelete = rememberGenerations(seen, [generated('a', 3), generated('b', 2)], now);
  expect(generationAllowance(afterDelete, now)).toEqual({
    kind: 'none-left',
    nextAt: new Date(now - 3 * HOUR + 24 * HOUR),
  });
  // Once the oldest leaves the window, one more is allowed.
  expect(generationAllowance(afterDelete, now + 21 * HOUR + 1)).toEqual({ kind: 'up-to', left: 1 });
});

test("after a 429, the server's words and next allowed time hold until it passes", () => {
  const nextAt = now + 5 * HOUR;
  const message = 'The next one can be generated after Jun 15, 2026, 5:00 PM UTC.';
  const seen = rememberGenerations(EMPTY_HISTORY, [generated('a', 1)], now);
  const history = rememberRefusal(seen, { until: nextAt, message });
  expect(generationAllowance(history, now)).toEqual({ kind: 'refused', nextAt: new Date(nextAt), message });
  // A later list (what the screen sees) does not lift it early.
  expect(generationAllowance(rememberGenerations(history, [], now + HOUR), now + HOUR).kind).toBe('refused');
  expect(generationAllowance(history, nextAt + 1)).toEqual({ kind: 'up-to', left: 2 });
});

test('an earlier refusal does not shorten a later one', () => {
  const later = rememberRefusal(EMPTY_HISTORY, { until: now + 5 * HOUR, message: 'later' });
  expect(rememberRefusal(later, { until: now + HOUR, message: 'earlier' })).toBe(later);
});

test('nothing new seen keeps the same history object', () => {
  const history = rememberGenerations(EMPTY_HISTORY, [generated('a', 1)], now);
  expect(rememberGenerations(history, [generated('a', 1)], now)).toBe(history);
});
