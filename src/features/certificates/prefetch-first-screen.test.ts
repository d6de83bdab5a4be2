import { afterEach, expect, test, vi } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { setupMockApi } from '../../test/mock-server';
import { certificateKeys } from './api/certificate-keys';
import { prefetchFirstScreen } from './prefetch-first-screen';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const DEFAULT_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const mock = setupMockApi();

afterEach(() => vi.restoreAllMocks());

const listRequests = () => mock.requests.filter(({ path }) => path.endsWith('/gateway/certificates'));

test('the list route and the index ask for their account’s list before anything renders', async () => {
  const onList = createQueryClient();
  await prefetchFirstScreen(onList, `/accounts/${ACCOUNT}/certificates`, DEFAULT_ACCOUNT);
  await vi.waitFor(() => expect(onList.getQueryData(certificateKeys.list(ACCOUNT))).toHaveLength(4));

  const onDrawer = createQueryClient();
  await prefetchFirstScreen(onDrawer, `/accounts/${ACCOUNT}/certificates/some-id`, DEFAULT_ACCOUNT);
  await vi.waitFor(() => expect(onDrawer.getQueryData(certificateKeys.list(ACCOUNT))).toHaveLength(4));

  const onIndex = createQueryClient();
  await prefetchFirstScreen(onIndex, '/', DEFAULT_ACCOUNT);
  await vi.waitFor(() => expect(onIndex.getQueryData(certificateKeys.list(DEFAULT_ACCOUNT))).toHaveLength(4));
});

test('any other address asks for nothing', async () => {
  const client = createQueryClient();
  const before = listRequests().length;
  await prefetchFirstScreen(client, '/somewhere/else', DEFAULT_ACCOUNT);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(listRequests()).toHaveLength(before);
  expect(client.getQueryCache().getAll()).toHaveLength(0);
});

test('the first render waits for the list only when its answer is already in the page', async () => {
  // Not arrived: settles at once, while the request is still out.
  const waiting = createQueryClient();
  await prefetchFirstScreen(waiting, `/accounts/${ACCOUNT}/certificates`, DEFAULT_ACCOUNT);
  expect(waiting.getQueryData(certificateKeys.list(ACCOUNT))).toBeUndefined();

  // Preloaded (a resource timing entry under the list's full address): settles with the rows cached.
  const entries = vi
    .spyOn(performance, 'getEntriesByName')
    .mockImplementation((name) =>
      name === `${window.location.origin}/client/v4/accounts/${ACCOUNT}/gateway/certificates`
        ? [{ name } as PerformanceEntry]
        : [],
    );
  const preloaded = createQueryClient();
  await prefetchFirstScreen(preloaded, `/accounts/${ACCOUNT}/certificates`, DEFAULT_ACCOUNT);
  expect(preloaded.getQueryData(certificateKeys.list(ACCOUNT))).toHaveLength(4);
  expect(entries).toHaveBeenCalledWith(
    `${window.location.origin}/client/v4/accounts/${ACCOUNT}/gateway/certificates`,
    'resource',
  );
});
