// @vitest-environment node
import { expect, test } from 'vitest';
import type { Envelope } from '../test-support';
import {
  ACCOUNT,
  DAY_MS,
  defaultCertificates,
  expectFailure,
  expectSuccess,
  HOUR_MS,
  OTHER_ACCOUNT,
  PENDING_MS,
  START,
  startMock,
} from '../test-support';
import { memoryPersistence } from './persistence';

type Clock = { now: string; offsetMs: number };

const clockOf = (mock: ReturnType<typeof startMock>, accountId = ACCOUNT) =>
  mock.request<Clock>('GET', mock.account('/__mock/clock', accountId));
const moveClock = (mock: ReturnType<typeof startMock>, body: unknown) =>
  mock.request<Clock>('POST', mock.account('/__mock/clock'), body);

test("an account's clock starts at the store's and moves ahead by what Demo settings asks, alone", async () => {
  const mock = startMock();
  expect(expectSuccess(await clockOf(mock))).toEqual({ now: new Date(START).toISOString(), offsetMs: 0 });

  const moved = expectSuccess(await moveClock(mock, { advanceMs: 30 * DAY_MS }));

  expect(moved).toEqual({ now: new Date(START + 30 * DAY_MS).toISOString(), offsetMs: 30 * DAY_MS });
  expect(expectSuccess(await clockOf(mock, OTHER_ACCOUNT)).offsetMs).toBe(0);
  // It keeps running with the store's clock.
  mock.advance(HOUR_MS);
  expect(expectSuccess(await clockOf(mock)).now).toBe(new Date(START + 30 * DAY_MS + HOUR_MS).toISOString());
});

test('the rules read the moved clock: pending ends, the generation window passes, new certificates start then', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);
  expectSuccess(await mock.activate(inactive.id), 202);
  for (let i = 0; i < 3; i++) expectSuccess(await mock.generate({ validity_period_days: 10 }));
  expectFailure(await mock.generate(), 429, /after 2026-03-02T12:00:00.000Z/);

  expectSuccess(await moveClock(mock, { advanceMs: DAY_MS }));

  expect(expectSuccess(await mock.get(inactive.id)).binding_status).toBe('available');
  const generated = expectSuccess(await mock.generate({ validity_period_days: 365 }), 200);
  expect(generated.created_at).toBe(new Date(START + DAY_MS).toISOString());
  expect(Date.parse(generated.expires_on)).toBe(START + DAY_MS + 365 * DAY_MS);
});

test('back to real time: nothing stays Pending or counts against the limit for the time moved back', async () => {
  const mock = startMock({ pendingMs: PENDING_MS });
  const { inactive } = await defaultCertificates(mock);
  expectSuccess(await moveClock(mock, { advanceMs: 365 * DAY_MS }));
  expectSuccess(await mock.activate(inactive.id), 202);
  for (let i = 0; i < 3; i++) expectSuccess(await mock.generate());

  expect(expectSuccess(await moveClock(mock, { realTime: true }))).toEqual({
    now: new Date(START).toISOString(),
    offsetMs: 0,
  });

  expect(expectSuccess(await mock.get(inactive.id)).binding_status).toBe('pending_deployment');
  mock.advance(PENDING_MS);
  expect(expectSuccess(await mock.get(inactive.id)).binding_status).toBe('available');
  expectFailure(await mock.generate(), 429, /after 2026-03-02T12:00:00.000Z/);
});

test('a scenario is built as of the moved clock, and keeps it', async () => {
  const mock = startMock();
  expectSuccess(await moveClock(mock, { advanceMs: 30 * DAY_MS }));
  expectSuccess(await mock.scenario('generation-limit'));
  expectFailure(await mock.generate(), 429);
  expect(expectSuccess(await clockOf(mock)).offsetMs).toBe(30 * DAY_MS);
});

test('the clock is kept with the account data, so a reload is on the same day', async () => {
  const persistence = memoryPersistence();
  const first = startMock({ persistence });
  expectSuccess(await moveClock(first, { advanceMs: 30 * DAY_MS }));
  first.server.close();

  const reloaded = startMock({ persistence });
  expect(expectSuccess(await clockOf(reloaded)).now).toBe(new Date(START + 30 * DAY_MS).toISOString());
});

test('a move that is not ahead, or not a number, is refused and changes nothing', async () => {
  const mock = startMock();
  for (const body of [
    { advanceMs: -DAY_MS },
    { advanceMs: 0 },
    { advanceMs: '1' },
    {},
    { realTime: 'yes' },
  ]) {
    expectFailure(await moveClock(mock, body), 400, /advanceMs/);
  }
  expect(expectSuccess(await clockOf(mock)).offsetMs).toBe(0);
});

test('a fault for changes only skips reads and fails the next change with a 500', async () => {
  const mock = startMock();
  const armed = await mock.request<Envelope<unknown>>('POST', mock.account('/__mock/faults'), {
    kind: 'status',
    status: 500,
    changes: true,
  });
  expectSuccess(armed);
  expectSuccess(await mock.list());
  expectFailure(await mock.generate(), 500);
  expectSuccess(await mock.generate());
});
