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
    refused: false,
  });
  // Once the oldest leaves the window, one more is allowed.
  expect(generationAllowance(afterDelete, now + 21 * HOUR + 1)).toEqual({ kind: 'up-to', left: 1 });
});

test("after a 429, the server's next allowed time holds until it passes", () => {
  const nextAt = now + 5 * HOUR;
  const history = rememberRefusal(rememberGenerations(EMPTY_HISTORY, [generated('a', 1)], now), nextAt, now);
  expect(generationAllowance(history, now)).toEqual({
    kind: 'none-left',
    nextAt: new Date(nextAt),
    refused: true,
  });
  // A later list (what the screen sees) does not lift it early.
  expect(generationAllowance(rememberGenerations(history, [], now + HOUR), now + HOUR).kind).toBe(
    'none-left',
  );
  expect(generationAllowance(history, nextAt + 1)).toEqual({ kind: 'up-to', left: 2 });
});

test('a refusal that names no time holds for 24 hours', () => {
  const history = rememberRefusal(EMPTY_HISTORY, null, now);
  expect(generationAllowance(history, now)).toMatchObject({
    kind: 'none-left',
    nextAt: new Date(now + 24 * HOUR),
  });
});

test('nothing new seen keeps the same history object', () => {
  const history = rememberGenerations(EMPTY_HISTORY, [generated('a', 1)], now);
  expect(rememberGenerations(history, [generated('a', 1)], now)).toBe(history);
});
