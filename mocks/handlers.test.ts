// @vitest-environment node
import { expect, test } from 'vitest';
import { ACCOUNT, expectFailure, expectSuccess, ORIGIN, startMock } from './test-support';

const BAD_ACCOUNTS = ['abc', `${ACCOUNT}0`, ACCOUNT.slice(1), 'g'.repeat(32)];

test('a success is the v4 envelope: success true, no errors, a result', async () => {
  const mock = startMock();

  const reply = await mock.list();

  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({ success: true, errors: [], messages: [], result: expect.any(Array) });
});

test('an account id that is not 32 hexadecimal characters is a 404 on every path', async () => {
  const mock = startMock();

  for (const account of BAD_ACCOUNTS) {
    const at = (path: string) => `/accounts/${account}${path}`;
    expectFailure(await mock.request('GET', at('/gateway/certificates')), 404, /32 hexadecimal characters/);
    expectFailure(await mock.request('POST', at('/gateway/certificates'), {}), 404, /was not found/);
    expectFailure(await mock.request('GET', at('/gateway/configuration')), 404, /was not found/);
    expectFailure(
      await mock.request('PATCH', at('/gateway/configuration'), { settings: {} }),
      404,
      /was not found/,
    );
    expectFailure(await mock.request('POST', at('/mtls_certificates'), {}), 404, /was not found/);
    expectFailure(await mock.request('POST', at('/__mock/scenario'), { name: 'empty' }), 404, /not found/);
  }
});

test('an unknown route under /client/v4 is a 404 envelope', async () => {
  const mock = startMock();

  for (const [method, path] of [
    ['GET', `/accounts/${ACCOUNT}/gateway/rules`],
    ['GET', '/zones'],
    ['POST', `/accounts/${ACCOUNT}/gateway/certificates/some-id/frobnicate`],
    ['PUT', `/accounts/${ACCOUNT}/gateway/certificates`],
  ] as const) {
    expectFailure(await mock.request(method, path, method === 'GET' ? undefined : {}), 404, /No route/);
  }
});

test('every response is JSON, including failures', async () => {
  startMock();

  const response = await fetch(`${ORIGIN}/client/v4/nothing-here`);

  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
});

test('the scenario control replaces the account’s data, and refuses an unknown name', async () => {
  const mock = startMock();
  expect(expectSuccess(await mock.list())).toHaveLength(4);

  expect(expectSuccess(await mock.scenario('empty'))).toEqual({ scenario: 'empty' });
  expect(expectSuccess(await mock.list())).toEqual([]);

  const refused = expectFailure(await mock.scenario('nope'), 400, /There is no scenario "nope"/);
  expect(refused).toContain(
    'default, empty, expired-in-use, available-limit, generation-limit, many, slow, flaky',
  );
  expectFailure(
    await mock.request('POST', mock.account('/__mock/scenario'), { name: 3 }),
    400,
    /Send \{"name": SCENARIO\}/,
  );
  expectFailure(await mock.request('POST', mock.account('/__mock/scenario'), '{'), 400, /not valid JSON/);
});

test('the behaviour control sets latency, flakiness and pending time, and validates them', async () => {
  const mock = startMock();

  const behaviour = expectSuccess(await mock.behaviour({ pendingMs: 250, flaky: false }));

  expect(behaviour).toEqual({ latencyMs: 0, flaky: false, pendingMs: 250 });
  expect(mock.store.behaviour(ACCOUNT)).toEqual(behaviour);
  expectFailure(await mock.behaviour({ latencyMs: -1 }), 400, /"latencyMs"/);
  expectFailure(
    await mock.request('PATCH', mock.account('/__mock/behaviour'), { latencyMs: '5' }),
    400,
    /"latencyMs"/,
  );
  expectFailure(await mock.behaviour({ pendingMs: -5 }), 400, /"pendingMs"/);
  expectFailure(
    await mock.request('PATCH', mock.account('/__mock/behaviour'), { flaky: 'yes' }),
    400,
    /"flaky"/,
  );
  expectFailure(await mock.request('PATCH', mock.account('/__mock/behaviour'), 'null'), 400, /Send/);
  expect(mock.store.behaviour(ACCOUNT)).toEqual(behaviour);
});
