// @vitest-environment node
import { expect, test } from 'vitest';
import { applyUrlControls } from './demo-url';
import { MockStore } from './store/mock-store';
import { memoryPersistence } from './store/persistence';
import { ACCOUNT, START } from './test-support';
import { readUrlControls } from './url-controls';

const storeAt = (now = START) => new MockStore({ persistence: memoryPersistence(), now: () => now });
const controls = (query: string) => readUrlControls(new URLSearchParams(query));

test('?latency= wins over the speed of the scenario applied with it', async () => {
  const store = storeAt();
  expect(await applyUrlControls(store, ACCOUNT, controls('scenario=slow&latency=0'))).toEqual([]);
  expect(store.behaviour(ACCOUNT).latencyMs).toBe(0);
  expect(await store.listCertificates(ACCOUNT)).toHaveLength(4);
});

test('the scenario is built as of the clock the store reads', async () => {
  const store = storeAt(Date.parse('2025-01-20T00:00:00Z'));
  await applyUrlControls(store, ACCOUNT, controls('scenario=generation-limit'));
  const created = (await store.listCertificates(ACCOUNT)).map((certificate) => certificate.created_at);
  expect(created).toContain('2025-01-19T23:00:00.000Z');
});

test('refusals are collected as sentences, and what could apply still applies', async () => {
  const store = storeAt();
  const problems = await applyUrlControls(store, ACCOUNT, controls('scenario=nope&latency=250&now=soon'));
  expect(problems).toEqual([
    expect.stringMatching(/^There is no scenario "nope"/),
    expect.stringMatching(/^\?now=soon is not a date/),
  ]);
  expect(store.behaviour(ACCOUNT).latencyMs).toBe(250);
});

test('a scenario for an account id that is not one is a message, not a crash', async () => {
  const problems = await applyUrlControls(storeAt(), 'not-an-account', controls('scenario=empty'));
  expect(problems).toEqual([expect.stringMatching(/Account not-an-account was not found/)]);
});
