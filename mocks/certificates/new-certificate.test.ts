// @vitest-environment node
import { expect, test } from 'vitest';
import { generateKeys } from './mint';
import { newGatewayCertificates } from './new-certificate';

const DAY_MS = 86_400_000;

test('a large batch comes back whole and in order, and the event loop gets turns while it is minted', async () => {
  const keys = await generateKeys();
  const start = Date.parse('2026-03-01T12:00:00Z');
  const options = Array.from({ length: 450 }, (_, i) => ({
    createdAt: new Date(start - i * DAY_MS),
    validityDays: 365,
    status: i === 0 ? ('available' as const) : ('inactive' as const),
  }));
  let turns = 0;
  const tick = setInterval(() => {
    turns += 1;
  }, 0);

  const records = await newGatewayCertificates(options, keys).finally(() => clearInterval(tick));

  expect(records).toHaveLength(450);
  expect(records.map((record) => Date.parse(record.created_at))).toEqual(
    options.map((o) => o.createdAt.getTime()),
  );
  expect(records[0]?.binding_status).toBe('available');
  expect(records.slice(1).every((record) => record.binding_status === 'inactive')).toBe(true);
  expect(new Set(records.map((record) => record.fingerprint)).size).toBe(450);
  // Batches of 200: the page (here, a timer) runs between them.
  expect(turns).toBeGreaterThanOrEqual(2);
});
