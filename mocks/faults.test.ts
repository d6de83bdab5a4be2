// @vitest-environment node
import { expect, test } from 'vitest';
import { ORIGIN, startMock } from './test-support';

test('an injected status answers the next matching call once, in the envelope, and changes nothing', async () => {
  const mock = startMock();
  const before = (await mock.list()).body.result.length;
  await mock.controls().fault({ kind: 'status', status: 429, method: 'POST' });
  const refused = await mock.generate({});
  expect(refused.status).toBe(429);
  expect(refused.body).toMatchObject({ success: false, result: null });
  expect(refused.body.errors[0]?.message).toMatch(/Rate limited/);
  expect((await mock.list()).body.result).toHaveLength(before);
  expect((await mock.generate({})).status).toBe(200);
  expect((await mock.list()).body.result).toHaveLength(before + 1);
});

test('an injected network failure leaves no answer at all', async () => {
  const mock = startMock();
  await mock.controls().fault({ kind: 'network', path: '/certificates' });
  await expect(mock.list()).rejects.toThrow();
  expect((await mock.list()).status).toBe(200);
});

test('faults match by method and path, and can be cleared', async () => {
  const mock = startMock();
  await mock.controls().fault({ kind: 'status', status: 500, path: '/activate', times: 2 });
  expect((await mock.list()).status).toBe(200);
  const [inactive] = (await mock.list()).body.result.filter((c) => c.binding_status === 'inactive');
  expect((await mock.activate(inactive?.id ?? '')).status).toBe(500);
  await mock.controls().clearFaults();
  expect((await mock.activate(inactive?.id ?? '')).status).toBe(202);
});

test('a bad fault is refused with a message', async () => {
  const mock = startMock();
  const reply = await mock.request('POST', mock.account('/__mock/faults'), { kind: 'status', status: 200 });
  expect(reply.status).toBe(400);
  expect(reply.body.errors[0]?.message).toMatch(/HTTP error status/);
});

test('an injected 429 says when to try again, as Cloudflare does: 1 second unless the fault says otherwise', async () => {
  const mock = startMock();
  const remove = () =>
    fetch(`${ORIGIN}/client/v4${mock.account('/gateway/certificates/any')}`, { method: 'DELETE' });
  await mock.request('POST', mock.account('/__mock/faults'), {
    kind: 'status',
    status: 429,
    method: 'DELETE',
  });
  expect((await remove()).headers.get('retry-after')).toBe('1');
  await mock.request('POST', mock.account('/__mock/faults'), {
    kind: 'status',
    status: 429,
    method: 'DELETE',
    retryAfterSeconds: 5,
  });
  const limited = await remove();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('5');
  const refused = await mock.request('POST', mock.account('/__mock/faults'), {
    kind: 'status',
    status: 429,
    retryAfterSeconds: 'soon',
  });
  expect(refused.status).toBe(400);
});
