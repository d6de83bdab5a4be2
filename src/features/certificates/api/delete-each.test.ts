import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { deleteEach, MAX_RETRY_WAIT_MS, RATE_LIMIT_RETRIES } from './delete-each';

// The clock stands still, so a refusal's Retry-After reads back as the exact wait.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const refusal = (status: number, message: string, retryAfterMs: number | null = null) =>
  new ApiError({
    status,
    errors: [{ code: 1000 + status, message }],
    retryAt: retryAfterMs === null ? null : Date.now() + retryAfterMs,
  });

/** A fake DELETE that answers each id from a script of outcomes, and records every call and wait. */
function script(outcomes: Record<string, Array<ApiError | 'ok'>>) {
  const calls: string[] = [];
  const waits: number[] = [];
  return {
    calls,
    waits,
    remove: async (id: string) => {
      calls.push(id);
      const next = outcomes[id]?.shift() ?? 'ok';
      if (next !== 'ok') throw next;
      return { id };
    },
    wait: async (ms: number) => {
      waits.push(ms);
    },
  };
}

test('deletes one by one, in order, and reports nothing when all succeed', async () => {
  const fake = script({});
  const deleted: string[] = [];
  const failures = await deleteEach(['a', 'b', 'c'], { ...fake, onDeleted: (id) => deleted.push(id) });
  expect(failures).toEqual([]);
  expect(fake.calls).toEqual(['a', 'b', 'c']);
  expect(deleted).toEqual(['a', 'b', 'c']);
});

test('a failure is reported for its certificate and the rest still go ahead', async () => {
  const fake = script({ b: [refusal(500, 'Internal server error.')], c: [refusal(409, 'It is in use.')] });
  const failures = await deleteEach(['a', 'b', 'c', 'd'], fake);
  expect(failures).toEqual([
    { id: 'b', message: 'Internal server error.' },
    { id: 'c', message: 'It is in use.' },
  ]);
  // A 500 or a 409 is not tried again: a delete that may have happened is for the person to retry.
  expect(fake.calls).toEqual(['a', 'b', 'c', 'd']);
  expect(fake.waits).toEqual([]);
});

test('a 429 is tried again after its Retry-After, or a second without one', async () => {
  const fake = script({ a: [refusal(429, 'Rate limited.', 3000), refusal(429, 'Rate limited.')] });
  const failures = await deleteEach(['a', 'b'], fake);
  expect(failures).toEqual([]);
  expect(fake.calls).toEqual(['a', 'a', 'a', 'b']);
  expect(fake.waits).toEqual([3000, 1000]);
});

test('a 429 that keeps coming, or asks for too long a wait, is reported and the rest go ahead', async () => {
  const always = Array.from({ length: RATE_LIMIT_RETRIES + 1 }, () => refusal(429, 'Rate limited.', 10));
  const fake = script({ a: always, b: [refusal(429, 'Come back in an hour.', MAX_RETRY_WAIT_MS + 1)] });
  const failures = await deleteEach(['a', 'b', 'c'], fake);
  expect(failures).toEqual([
    { id: 'a', message: 'Rate limited.' },
    { id: 'b', message: 'Come back in an hour.' },
  ]);
  expect(fake.calls).toEqual([...Array(RATE_LIMIT_RETRIES + 1).fill('a'), 'b', 'c']);
  expect(fake.waits).toEqual(Array(RATE_LIMIT_RETRIES).fill(10));
});
