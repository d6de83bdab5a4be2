// @vitest-environment node
import { expect, test } from 'vitest';
import {
  ACCOUNT,
  DAY_MS,
  defaultCertificates,
  expectFailure,
  expectSuccess,
  HOUR_MS,
  OTHER_ACCOUNT,
  START,
  startMock,
} from '../test-support';
import { memoryPersistence } from './persistence';

const validityDays = (certificate: { created_at: string; expires_on: string }) =>
  (Date.parse(certificate.expires_on) - Date.parse(certificate.created_at)) / DAY_MS;

test('a new account is seeded with the default scenario: in use, available, inactive and expired', async () => {
  const mock = startMock();

  const seeded = await defaultCertificates(mock);

  expect(seeded.all).toHaveLength(4);
  expect(seeded.all.filter((certificate) => certificate.in_use)).toHaveLength(1);
  expect(seeded.inUse.binding_status).toBe('available');
  expect(seeded.available.in_use).toBe(false);
  expect(seeded.inactive.in_use).toBe(false);
  expect(Date.parse(seeded.expired.expires_on)).toBeLessThan(START);
  for (const certificate of seeded.all) {
    expect(certificate.type).toBe('gateway_managed');
    expect(certificate.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(certificate.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(certificate.uploaded_on).toBe('0001-01-01T00:00:00Z');
    expect(certificate).not.toHaveProperty('status_changed_at');
  }
  const configuration = expectSuccess(await mock.configuration());
  expect(configuration.settings.certificate.id).toBe(seeded.inUse.id);
});

test('each account has its own data, and concurrent first requests see one seeding', async () => {
  const mock = startMock();

  const [first, second] = await Promise.all([mock.list(), mock.list()]);
  const other = expectSuccess(await mock.list(OTHER_ACCOUNT));

  const ids = expectSuccess(first).map((certificate) => certificate.id);
  expect(expectSuccess(second).map((certificate) => certificate.id)).toEqual(ids);
  expect(other).toHaveLength(4);
  expect(other.some((certificate) => ids.includes(certificate.id))).toBe(false);
});

test('a generated certificate starts inactive with the default 1825 days', async () => {
  const mock = startMock();

  const generated = expectSuccess(await mock.generate({}));

  expect(generated.binding_status).toBe('inactive');
  expect(generated.in_use).toBe(false);
  expect(generated.type).toBe('gateway_managed');
  expect(generated.created_at).toBe(new Date(START).toISOString());
  expect(validityDays(generated)).toBe(1825);
  const listed = expectSuccess(await mock.list()).find((certificate) => certificate.id === generated.id);
  expect(listed).toEqual(generated);
  expect(expectSuccess(await mock.get(generated.id))).toEqual(generated);
});

test('a generation without any body uses the default validity', async () => {
  const mock = startMock();

  const generated = expectSuccess(await mock.request('POST', mock.account('/gateway/certificates')));

  expect(validityDays(generated as { created_at: string; expires_on: string })).toBe(1825);
});

test('a custom validity is kept to the day, from 1 to 10950 days', async () => {
  const mock = startMock();

  for (const days of [1, 30, 10950]) {
    const generated = expectSuccess(await mock.generate({ validity_period_days: days }));
    expect(validityDays(generated)).toBe(days);
  }
});

test('a validity that is not a whole number from 1 to 10950 is refused with 400', async () => {
  const mock = startMock();

  for (const days of [0, -1, 10951, 1.5, '30', null, true]) {
    const reply = await mock.generate({ validity_period_days: days });
    expectFailure(reply, 400, /validity_period_days must be a whole number from 1 to 10950/);
  }
  expectFailure(await mock.generate('{"validity_period_days": '), 400, /not valid JSON/);
  expectFailure(await mock.generate('[30]'), 400, /JSON object/);
  expect(expectSuccess(await mock.list())).toHaveLength(4);
});

test('refused generations do not count towards the daily limit', async () => {
  const mock = startMock();
  for (let i = 0; i < 5; i++) await mock.generate({ validity_period_days: 0 });

  for (let i = 0; i < 3; i++) expectSuccess(await mock.generate());
});

test('a 4th generation within 24 hours is refused with 429, naming when the next is allowed', async () => {
  const mock = startMock();
  expectSuccess(await mock.generate());
  mock.advance(HOUR_MS);
  expectSuccess(await mock.generate());
  mock.advance(HOUR_MS);
  expectSuccess(await mock.generate());
  mock.advance(HOUR_MS);

  const refused = await mock.generate();

  expectFailure(refused, 429, new Date(START + DAY_MS).toISOString());
  expectFailure(refused, 429, /3 certificates in the last 24 hours/);
  expect(expectSuccess(await mock.list())).toHaveLength(7);
});

test('the 24-hour window slides: a slot frees exactly 24 hours after each generation', async () => {
  const mock = startMock();
  expectSuccess(await mock.generate());
  mock.advance(HOUR_MS);
  expectSuccess(await mock.generate());
  expectSuccess(await mock.generate());

  mock.advance(DAY_MS - HOUR_MS - 1);
  expectFailure(await mock.generate(), 429);
  mock.advance(1);
  expectSuccess(await mock.generate());
  expectFailure(await mock.generate(), 429, new Date(START + HOUR_MS + DAY_MS).toISOString());
  mock.advance(HOUR_MS);
  expectSuccess(await mock.generate());
  expectSuccess(await mock.generate());
});

test('deleting a generated certificate does not give its generation back', async () => {
  const mock = startMock();
  const first = expectSuccess(await mock.generate());
  expectSuccess(await mock.generate());
  expectSuccess(await mock.generate());

  expectSuccess(await mock.remove(first.id));

  expectFailure(await mock.generate(), 429);
});

test('the generation limit is per account', async () => {
  const mock = startMock();
  for (let i = 0; i < 3; i++) expectSuccess(await mock.generate());

  const other = await mock.request('POST', mock.account('/gateway/certificates', OTHER_ACCOUNT), {});

  expectSuccess(other);
  expectFailure(await mock.generate(), 429);
});

test('an account prepared ahead of its first request is the one that request lists, seeded once', async () => {
  const persistence = memoryPersistence();
  const mock = startMock({ persistence });
  const { store } = mock;
  await store.prepareAccount(ACCOUNT);
  // Seeded and saved without a request: the data is there before anything asks for it.
  expect(persistence.value).toContain(ACCOUNT);

  const listed = expectSuccess(await mock.list());
  expect(listed).toHaveLength(4);
  expect(expectSuccess(await mock.list()).map((certificate) => certificate.id)).toEqual(
    listed.map((certificate) => certificate.id),
  );
  // Preparing again changes nothing, and an id that is no account's is left for a request to refuse.
  await store.prepareAccount(ACCOUNT);
  await expect(store.prepareAccount('not-an-account')).resolves.toBeUndefined();
  expect(expectSuccess(await mock.list()).map((certificate) => certificate.id)).toEqual(
    listed.map((certificate) => certificate.id),
  );
});
