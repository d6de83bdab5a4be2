// @vitest-environment node
import { expect, test, vi } from 'vitest';
import { NIL_UUID } from '../store/types';
import {
  ACCOUNT,
  DAY_MS,
  defaultCertificates,
  expectFailure,
  expectSuccess,
  HOUR_MS,
  must,
  START,
  startMock,
} from '../test-support';

test('default: one in use, one available, one inactive, one expired; applying it again starts afresh', async () => {
  const mock = startMock();
  const before = await defaultCertificates(mock);
  expectSuccess(await mock.remove(before.inactive.id));
  expectSuccess(await mock.generate());

  expectSuccess(await mock.scenario('default'));

  const after = await defaultCertificates(mock);
  expect(after.all).toHaveLength(4);
  expect(after.all.map((certificate) => certificate.id)).not.toContain(before.inUse.id);
  expect(expectSuccess(await mock.configuration()).settings.certificate.id).toBe(after.inUse.id);
});

test('empty: no certificates, and Gateway uses Cloudflare’s root', async () => {
  const mock = startMock();

  expectSuccess(await mock.scenario('empty'));

  expect(expectSuccess(await mock.list())).toEqual([]);
  expect(expectSuccess(await mock.configuration()).settings.certificate.id).toBe(NIL_UUID);
  expect(expectSuccess(await mock.generate()).binding_status).toBe('inactive');
});

test('expired-in-use: the certificate in use expired on 2025-02-02', async () => {
  const mock = startMock();

  expectSuccess(await mock.scenario('expired-in-use'));

  const [certificate, ...others] = expectSuccess(await mock.list());
  expect(others).toEqual([]);
  expect(certificate).toMatchObject({ in_use: true, binding_status: 'available' });
  expect(certificate?.expires_on.slice(0, 10)).toBe('2025-02-02');
  expect(Date.parse(must(certificate).expires_on)).toBeLessThan(START);
  expect(expectSuccess(await mock.configuration()).settings.certificate.id).toBe(certificate?.id);
});

test('available-limit: 10 available, and the next activation is refused', async () => {
  const mock = startMock();

  expectSuccess(await mock.scenario('available-limit'));

  const certificates = expectSuccess(await mock.list());
  const available = certificates.filter((certificate) => certificate.binding_status === 'available');
  const inactive = certificates.filter((certificate) => certificate.binding_status === 'inactive');
  expect(available).toHaveLength(10);
  expect(certificates.filter((certificate) => certificate.in_use)).toHaveLength(1);
  expect(inactive).toHaveLength(1);
  expectFailure(await mock.activate(must(inactive[0]).id), 409, /At most 10 certificates can be available/);
});

test('generation-limit: 3 generated in the last 24 hours, and the next generation is refused', async () => {
  const mock = startMock();

  expectSuccess(await mock.scenario('generation-limit'));

  const certificates = expectSuccess(await mock.list());
  const recent = certificates.filter((certificate) => Date.parse(certificate.created_at) > START - DAY_MS);
  expect(recent).toHaveLength(3);
  // The oldest of the three was generated 20 hours ago, so the next is allowed in 4 hours.
  expectFailure(await mock.generate(), 429, new Date(START + 4 * HOUR_MS).toISOString());
  mock.advance(4 * HOUR_MS - 1);
  expectFailure(await mock.generate(), 429);
  mock.advance(1);
  expectSuccess(await mock.generate());
});

test('slow: every response waits 3 seconds', async () => {
  const mock = startMock();
  expectSuccess(await mock.scenario('slow'));
  expect(mock.store.behaviour(ACCOUNT)).toMatchObject({ latencyMs: 3000, flaky: false });
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    let answered = false;
    const reply = mock.list().then((result) => {
      answered = true;
      return result;
    });

    await vi.advanceTimersByTimeAsync(2999);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(expectSuccess(await reply)).toHaveLength(4);
  } finally {
    vi.useRealTimers();
  }
});

test('flaky: the first attempt of each mutation fails with 500, the retry succeeds; reads never fail', async () => {
  const mock = startMock();
  expectSuccess(await mock.scenario('flaky'));
  const { inactive, available } = await defaultCertificates(mock);

  expectFailure(await mock.generate(), 500, /Try again/);
  expect(expectSuccess(await mock.list())).toHaveLength(4);
  expectSuccess(await mock.generate());
  expect(expectSuccess(await mock.list())).toHaveLength(5);

  expectFailure(await mock.activate(inactive.id), 500);
  expect(expectSuccess(await mock.get(inactive.id)).binding_status).toBe('inactive');
  expectSuccess(await mock.activate(inactive.id), 202);

  expectFailure(await mock.turnOn(available.id), 500);
  expectSuccess(await mock.turnOn(available.id));

  // A new change is a new first attempt.
  expectFailure(await mock.generate(), 500);
});

test('flaky failures do not use up the generation allowance', async () => {
  const mock = startMock();
  expectSuccess(await mock.scenario('flaky'));

  for (let i = 0; i < 3; i++) {
    expectFailure(await mock.generate(), 500);
    expectSuccess(await mock.generate());
  }

  expectFailure(await mock.generate(), 500);
  expectFailure(await mock.generate(), 429);
});

test('many: 2,000 certificates, one in use, in one page', async () => {
  const mock = startMock();

  expectSuccess(await mock.scenario('many'));

  const certificates = expectSuccess(await mock.list());
  expect(certificates).toHaveLength(2000);
  expect(certificates.filter((certificate) => certificate.in_use)).toHaveLength(1);
  expect(new Set(certificates.map((certificate) => certificate.fingerprint)).size).toBe(2000);
}, 30_000);
