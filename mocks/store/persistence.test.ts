// @vitest-environment node
import { expect, test, vi } from 'vitest';
import { ACCOUNT, defaultCertificates, expectSuccess, PENDING_MS, START, startMock } from '../test-support';
import { MockStore } from './mock-store';
import { DB_VERSION, memoryPersistence, parseDb } from './persistence';

function resetSpies() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const onReset = vi.fn();
  return { warn, onReset };
}

test('a second store over the same persistence sees the same certificates, settings and behaviour', async () => {
  const persistence = memoryPersistence();
  const mock = startMock({ persistence });
  const { inactive, available } = await defaultCertificates(mock);
  const generated = expectSuccess(await mock.generate({ validity_period_days: 90 }));
  expectSuccess(await mock.activate(inactive.id), 202);
  expectSuccess(await mock.turnOn(available.id));
  expectSuccess(await mock.behaviour({ pendingMs: 1234 }));
  const before = expectSuccess(await mock.list());

  const reopened = new MockStore({ persistence, now: () => START });

  expect(await reopened.listCertificates(ACCOUNT)).toEqual(before);
  expect((await reopened.getConfiguration(ACCOUNT)).settings.certificate.id).toBe(available.id);
  expect((await reopened.getCertificate(ACCOUNT, generated.id)).expires_on).toBe(generated.expires_on);
  expect(reopened.behaviour(ACCOUNT)).toEqual({ latencyMs: 0, flaky: false, pendingMs: 1234 });
});

test('a reopened store keeps the generation count and ends pending states by its own clock', async () => {
  const persistence = memoryPersistence();
  const mock = startMock({ persistence });
  const { inactive } = await defaultCertificates(mock);
  expectSuccess(await mock.activate(inactive.id), 202);
  for (let i = 0; i < 3; i++) expectSuccess(await mock.generate());

  const reopened = new MockStore({ persistence, now: () => START + PENDING_MS, pendingMs: PENDING_MS });

  expect((await reopened.getCertificate(ACCOUNT, inactive.id)).binding_status).toBe('available');
  await expect(reopened.generateCertificate(ACCOUNT, {})).rejects.toMatchObject({ status: 429 });
});

test('nothing stored yet is a fresh start, without a warning', () => {
  const { warn, onReset } = resetSpies();

  new MockStore({ persistence: memoryPersistence(null), onReset });

  expect(warn).not.toHaveBeenCalled();
  expect(onReset).not.toHaveBeenCalled();
});

test('corrupt JSON is reset with a warning, not a crash', async () => {
  const { warn, onReset } = resetSpies();
  const persistence = memoryPersistence('{"version":1,"accounts":{');

  const mock = startMock({ persistence, onReset });

  expect(warn).toHaveBeenCalledWith('Mock data was reset: the stored mock data is not valid JSON.');
  expect(onReset).toHaveBeenCalledWith('the stored mock data is not valid JSON');
  expect(JSON.parse(persistence.value ?? '')).toEqual({
    version: DB_VERSION,
    accounts: {},
    behaviours: {},
    clocks: {},
  });
  expect(expectSuccess(await mock.list())).toHaveLength(4);
});

test('data from another version is reset with a warning naming both versions', () => {
  const { warn, onReset } = resetSpies();
  const persistence = memoryPersistence(JSON.stringify({ version: 0, accounts: {}, behaviours: {} }));

  expect(() => new MockStore({ persistence, onReset })).not.toThrow();

  expect(onReset).toHaveBeenCalledWith(
    `the stored mock data is version 0, this app reads version ${DB_VERSION}`,
  );
  expect(warn).toHaveBeenCalledOnce();
  expect(JSON.parse(persistence.value ?? '').version).toBe(DB_VERSION);
});

test('data of the wrong shape is reset with a warning', async () => {
  const { warn, onReset } = resetSpies();
  const persistence = memoryPersistence(
    JSON.stringify({
      version: DB_VERSION,
      accounts: { [ACCOUNT]: { certificates: [{ id: 7 }], inUseId: 'x', generatedAt: [], settings: {} } },
      behaviours: {},
    }),
  );

  const mock = startMock({ persistence, onReset });

  expect(onReset).toHaveBeenCalledWith(
    'the stored mock data does not have the expected shape (at accounts.0123456789abcdef0123456789abcdef.certificates.0.id)',
  );
  expect(warn).toHaveBeenCalledOnce();
  expect(expectSuccess(await mock.list())).toHaveLength(4);
});

test('parseDb names every kind of unreadable data, and reads good data as it is', () => {
  const good = {
    version: DB_VERSION,
    accounts: {},
    behaviours: { [ACCOUNT]: { latencyMs: 5, flaky: true } },
  };

  expect(parseDb(null)).toEqual({ db: { version: DB_VERSION, accounts: {}, behaviours: {}, clocks: {} } });
  // Data saved before the demo had a clock reads as every account on real time.
  expect(parseDb(JSON.stringify(good))).toEqual({ db: { ...good, clocks: {} } });
  const ahead = { ...good, clocks: { [ACCOUNT]: 86_400_000 } };
  expect(parseDb(JSON.stringify(ahead))).toEqual({ db: ahead });
  expect(parseDb(JSON.stringify({ ...good, clocks: { [ACCOUNT]: 'tomorrow' } })).problem).toMatch(
    /expected shape/,
  );
  expect(parseDb('not json').problem).toMatch(/not valid JSON/);
  expect(parseDb('[1]').problem).toMatch(/not an object/);
  expect(parseDb('null').problem).toMatch(/not an object/);
  expect(parseDb('{"accounts":{},"behaviours":{}}').problem).toMatch(/version undefined/);
  expect(parseDb(JSON.stringify({ ...good, accounts: [] })).problem).toMatch(/expected shape/);
  expect(parseDb(JSON.stringify({ ...good, behaviours: { [ACCOUNT]: { latencyMs: '5' } } })).problem).toMatch(
    /expected shape/,
  );
  expect(
    parseDb(
      JSON.stringify({ ...good, behaviours: { [ACCOUNT]: { latencyMs: 5, flaky: true, pendingMs: 'x' } } }),
    ).problem,
  ).toMatch(/expected shape/);
});
