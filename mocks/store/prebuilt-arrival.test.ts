// @vitest-environment node
import { expect, test, vi } from 'vitest';
import { createHandlers } from '../handlers';
import { PREBUILT_ACCOUNT_HEADER, prebuiltCopy, withPrebuiltScenarios } from '../scenarios/prebuilt';
import type { Scenario } from '../scenarios/scenarios';
import { ACCOUNT, plainScenario, START } from '../test-support';
import { MockStore } from './mock-store';
import { memoryPersistence, parseDb } from './persistence';

/**
 * A scenario the demo server prebuilt (`many`) arrives as its first list answer: the mock sends that
 * answer as its bytes arrive and reads the account from the same bytes when the page has time, or as
 * soon as anything else asks for the account. Nothing is lost on the way: the reading is the account
 * the server built, and a page that goes away writes it first.
 */

const SIZE = 120;
const built = (now: number): Scenario => plainScenario(SIZE, now);

function serverCopy() {
  const copy = prebuiltCopy('many', START, built(START));
  return new Response(copy.body, {
    headers: { 'content-type': 'application/json', [PREBUILT_ACCOUNT_HEADER]: copy.account },
  });
}

function arrivingStore(persistence = memoryPersistence()) {
  const waiting: (() => void)[] = [];
  const mint = vi.fn(async (_name: string, now: number) => plainScenario(1, now));
  const store = new MockStore({
    persistence,
    now: () => START,
    buildScenario: withPrebuiltScenarios(mint, async () => serverCopy()),
    writeLater: (write) => {
      waiting.push(write);
    },
  });
  const runWaiting = () => {
    for (const write of waiting.splice(0)) write();
  };
  return { store, persistence, waiting, runWaiting, mint };
}

const LIST = `http://localhost/client/v4/accounts/${ACCOUNT}/gateway/certificates`;

async function listThrough(store: MockStore) {
  const [api] = createHandlers(store);
  const response = await api?.run({ request: new Request(LIST), requestId: crypto.randomUUID() });
  return response?.response;
}

const ids = (certificates: { id: string }[]) => certificates.map(({ id }) => id);

test('the first list answer is the copy’s bytes, sent before the account is read; the next comes from the account', async () => {
  const { store, mint } = arrivingStore();
  await store.applyScenario(ACCOUNT, 'many');
  const fromAccount = vi.spyOn(store, 'listCertificates');

  const first = await listThrough(store);
  expect(first?.status).toBe(200);
  expect(fromAccount).not.toHaveBeenCalled();
  expect(await first?.text()).toBe(prebuiltCopy('many', START, built(START)).body);

  const second = (await (await listThrough(store))?.json()) as { result: { id: string }[] };
  expect(fromAccount).toHaveBeenCalledOnce();
  expect(ids(second.result)).toEqual(ids(built(START).state.certificates));
  expect(mint).not.toHaveBeenCalled();
});

test('anything else asked of the account reads it first, and the copy’s answer is not sent after that', async () => {
  const { store } = arrivingStore();
  await store.applyScenario(ACCOUNT, 'many');
  const [first] = built(START).state.certificates;
  if (!first) throw new Error('the scenario has certificates');

  const activated = await store.activateCertificate(ACCOUNT, first.id);

  expect(activated.binding_status).toBe('pending_deployment');
  expect(store.takeFirstList(ACCOUNT)).toBeNull();
  const listed = await store.listCertificates(ACCOUNT);
  expect(listed.find(({ id }) => id === first.id)?.binding_status).toBe('pending_deployment');
});

test('the account is read and written when the page has time; before that, a page going away writes it', async () => {
  const later = arrivingStore();
  await later.store.applyScenario(ACCOUNT, 'many');
  await (await listThrough(later.store))?.text();
  expect(parseDb(later.persistence.value).db.accounts[ACCOUNT]).toBeUndefined();

  later.runWaiting();
  await vi.waitFor(() =>
    expect(parseDb(later.persistence.value).db.accounts[ACCOUNT]).toEqual(built(START).state),
  );

  // Nobody asked for the list either: the copy is still read and written.
  const unasked = arrivingStore();
  await unasked.store.applyScenario(ACCOUNT, 'many');
  unasked.runWaiting();
  await vi.waitFor(() =>
    expect(parseDb(unasked.persistence.value).db.accounts[ACCOUNT]).toEqual(built(START).state),
  );

  const leaving = arrivingStore();
  await leaving.store.applyScenario(ACCOUNT, 'many');
  await (await listThrough(leaving.store))?.text();
  leaving.store.flush();
  expect(parseDb(leaving.persistence.value).db.accounts[ACCOUNT]).toEqual(built(START).state);
});

test('starting the mock does not wait for the copy, and a latency set after the scenario stays', async () => {
  const { store } = arrivingStore();
  await store.applyScenario(ACCOUNT, 'many');
  store.setBehaviour(ACCOUNT, { latencyMs: 250 });

  await store.prepareAccount(ACCOUNT);
  expect(store.takeFirstList(ACCOUNT)).not.toBeNull();

  await store.listCertificates(ACCOUNT);
  expect(store.behaviour(ACCOUNT).latencyMs).toBe(250);
});

test('another scenario applied before the copy was read replaces it', async () => {
  const { store } = arrivingStore();
  await store.applyScenario(ACCOUNT, 'many');

  await store.applyScenario(ACCOUNT, 'empty');

  expect(store.takeFirstList(ACCOUNT)).toBeNull();
  expect(await store.listCertificates(ACCOUNT)).toHaveLength(1);
});
