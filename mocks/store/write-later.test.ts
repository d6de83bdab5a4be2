// @vitest-environment node
import { expect, test } from 'vitest';
import type { Scenario } from '../scenarios/scenarios';
import { ACCOUNT, OTHER_ACCOUNT, plainScenario, START } from '../test-support';
import { MockStore, WRITE_LATER_FROM } from './mock-store';
import { memoryPersistence, parseDb } from './persistence';

/**
 * A large built account (a scenario such as `many`) is written when the page has time (the browser
 * passes a delayed idle callback as writeLater), so a first visit's rows never wait for 3 MB to be
 * serialised and stored. Small accounts and every change are still written at once; a change takes
 * anything still waiting with it.
 */

/** Scenarios of `size` plain records, so that these tests need no minting. */
const recordsOf = (size: number) => async (): Promise<Scenario> => plainScenario(size, START);

function deferredStore(size = WRITE_LATER_FROM, persistence = memoryPersistence()) {
  const waiting: (() => void)[] = [];
  const store = new MockStore({
    persistence,
    now: () => START,
    buildScenario: recordsOf(size),
    writeLater: (write) => {
      waiting.push(write);
    },
  });
  const runWaiting = () => {
    for (const write of waiting.splice(0)) write();
  };
  return { store, persistence, waiting, runWaiting };
}

const storedAccounts = (serialized: string | null) => Object.keys(parseDb(serialized).db.accounts).sort();

test('a large built account answers at once and is written when the page has time', async () => {
  const { store, persistence, waiting, runWaiting } = deferredStore();

  await store.applyScenario(ACCOUNT, 'many');
  expect(await store.listCertificates(ACCOUNT)).toHaveLength(WRITE_LATER_FROM);
  expect(storedAccounts(persistence.value)).toEqual([]);
  expect(waiting).toHaveLength(1);

  runWaiting();
  expect(storedAccounts(persistence.value)).toEqual([ACCOUNT]);
  const reopened = new MockStore({ persistence, now: () => START });
  expect(await reopened.listCertificates(ACCOUNT)).toEqual(await store.listCertificates(ACCOUNT));
});

test('a small built account is written at once, so another tab opened straight after finds it', async () => {
  const { store, persistence, waiting } = deferredStore(WRITE_LATER_FROM - 1);

  await store.applyScenario(ACCOUNT, 'default');

  expect(waiting).toEqual([]);
  expect(parseDb(persistence.value).db.accounts[ACCOUNT]?.certificates).toHaveLength(WRITE_LATER_FROM - 1);
});

test('two large accounts built one after the other share one write', async () => {
  const { store, persistence, waiting, runWaiting } = deferredStore();

  await store.applyScenario(ACCOUNT, 'many');
  await store.prepareAccount(OTHER_ACCOUNT);
  expect(waiting).toHaveLength(1);
  expect(persistence.value).toBeNull();

  runWaiting();
  expect(storedAccounts(persistence.value)).toEqual([ACCOUNT, OTHER_ACCOUNT].sort());
});

test('a change is written at once, with the built account it changed', async () => {
  const { store, persistence, runWaiting } = deferredStore();
  await store.applyScenario(ACCOUNT, 'many');
  const [first] = await store.listCertificates(ACCOUNT);
  if (!first) throw new Error('the scenario has certificates');

  await store.deleteCertificate(ACCOUNT, first.id);

  const written = persistence.value;
  expect(parseDb(written).db.accounts[ACCOUNT]?.certificates).toHaveLength(WRITE_LATER_FROM - 1);
  // The write that was waiting has nothing left to do.
  runWaiting();
  expect(persistence.value).toBe(written);
});

test('flush writes what is waiting at once (the page is going away)', async () => {
  const { store, persistence } = deferredStore();
  await store.applyScenario(ACCOUNT, 'many');

  store.flush();

  expect(storedAccounts(persistence.value)).toEqual([ACCOUNT]);
});

test('another tab’s write is read again without losing a large account built here and not yet written', async () => {
  const persistence = memoryPersistence();
  const other = new MockStore({ persistence, now: () => START, buildScenario: recordsOf(3) });
  await other.listCertificates(OTHER_ACCOUNT);
  const { store, runWaiting } = deferredStore(WRITE_LATER_FROM, persistence);
  await store.applyScenario(ACCOUNT, 'many');

  // The other tab changes its own account; this tab is told and reads the storage again.
  const [gone] = await other.listCertificates(OTHER_ACCOUNT);
  if (!gone) throw new Error('the other account has certificates');
  await other.deleteCertificate(OTHER_ACCOUNT, gone.id);
  store.markStale();

  expect(await store.listCertificates(ACCOUNT)).toHaveLength(WRITE_LATER_FROM);
  expect(await store.listCertificates(OTHER_ACCOUNT)).toHaveLength(2);
  runWaiting();
  const stored = parseDb(persistence.value).db.accounts;
  expect(stored[ACCOUNT]?.certificates).toHaveLength(WRITE_LATER_FROM);
  expect(stored[OTHER_ACCOUNT]?.certificates).toHaveLength(2);
});
