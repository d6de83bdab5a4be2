// @vitest-environment node
import { expect, test } from 'vitest';
import { ACCOUNT, START } from '../test-support';
import { MockStore } from './mock-store';
import { memoryPersistence } from './persistence';

/**
 * Two tabs are two stores over one browser storage. Told that the other wrote
 * (mocks/browser.ts listens for the `storage` event), a store reads the data again before its next
 * operation, so neither tab overwrites the other's change with its own older copy.
 */

async function twoTabs() {
  const persistence = memoryPersistence();
  const one = new MockStore({ persistence, now: () => START });
  const certificates = await one.listCertificates(ACCOUNT);
  const two = new MockStore({ persistence, now: () => START });
  const inactive = certificates.filter((certificate) => certificate.binding_status === 'inactive');
  const [first, second] = inactive;
  if (!first || !second) throw new Error('the default scenario has two inactive certificates');
  return { persistence, one, two, first, second, count: certificates.length };
}

test('a store told of the other tab’s write sees it, and its own next write keeps it', async () => {
  const { one, two, first, second, count } = await twoTabs();

  await two.deleteCertificate(ACCOUNT, first.id);
  one.markStale();
  expect(await one.listCertificates(ACCOUNT)).toHaveLength(count - 1);

  await one.activateCertificate(ACCOUNT, second.id);
  two.markStale();
  const seenByTwo = await two.listCertificates(ACCOUNT);
  expect(seenByTwo.map((certificate) => certificate.id)).not.toContain(first.id);
  expect(seenByTwo.find((certificate) => certificate.id === second.id)?.binding_status).toBe(
    'pending_deployment',
  );
});

test('refused by the state the other tab left: deleting what it activated is a conflict', async () => {
  const { one, two, first } = await twoTabs();

  await one.activateCertificate(ACCOUNT, first.id);
  two.markStale();

  await expect(two.deleteCertificate(ACCOUNT, first.id)).rejects.toMatchObject({
    status: 409,
    message: expect.stringMatching(/still being deployed: deactivate it before deleting it/),
  });
});

test('without being told, a store keeps its own copy: the reason the browser mock listens', async () => {
  const { one, two, first, count } = await twoTabs();

  await two.deleteCertificate(ACCOUNT, first.id);
  expect(await one.listCertificates(ACCOUNT)).toHaveLength(count);
});

test('a generation in one tab counts toward the other tab’s daily limit', async () => {
  const { one, two } = await twoTabs();
  await one.generateCertificate(ACCOUNT, {});
  await one.generateCertificate(ACCOUNT, {});
  two.markStale();
  await two.generateCertificate(ACCOUNT, {});
  one.markStale();

  await expect(one.generateCertificate(ACCOUNT, {})).rejects.toMatchObject({ status: 429 });
  expect(await one.listCertificates(ACCOUNT)).toHaveLength(7);
});
