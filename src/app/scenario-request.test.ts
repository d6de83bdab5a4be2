import { expect, test } from 'vitest';
import { DEMO_ACCOUNT_ID } from './app-config';
import { takeScenarioRequest } from './scenario-request';

test('?scenario= is taken out of the address, keeping the rest, and names the account in the path', () => {
  window.history.replaceState(
    null,
    '',
    '/accounts/ABCDEF0123456789ABCDEF0123456789/certificates?scenario=many&status=inactive',
  );

  expect(takeScenarioRequest()).toEqual({
    name: 'many',
    accountId: 'abcdef0123456789abcdef0123456789',
    now: null,
    latency: null,
  });
  expect(`${window.location.pathname}${window.location.search}`).toBe(
    '/accounts/ABCDEF0123456789ABCDEF0123456789/certificates?status=inactive',
  );
  expect(takeScenarioRequest(), 'a reload does not reset again').toBeNull();
});

test('without an account in the path the scenario applies to the demo account', () => {
  window.history.replaceState(null, '', '/?scenario=empty');

  expect(takeScenarioRequest()).toEqual({
    name: 'empty',
    accountId: DEMO_ACCOUNT_ID,
    now: null,
    latency: null,
  });
});

test('?now= and ?latency= are taken out too, as written: the mock checks them', () => {
  window.history.replaceState(null, '', '/accounts/x/certificates?now=tomorrow&q=ab&latency=250');

  expect(takeScenarioRequest()).toEqual({ name: null, accountId: 'x', now: 'tomorrow', latency: '250' });
  expect(window.location.search).toBe('?q=ab');
});
