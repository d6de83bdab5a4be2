import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { waitForApi } from '../../../lib/api-readiness';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';

/**
 * The demo paints its page before the simulated API has started; requests wait for the start, and a
 * slow start says what is happening instead of showing a silent skeleton.
 */

const api = setupMockApi();
const LIST = '/accounts/0123456789abcdef0123456789abcdef/certificates';

afterEach(() => waitForApi(Promise.resolve()));

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('the page shell shows before the demo has started, a slow start says so, and rows follow the start', async () => {
  const start = deferred();
  waitForApi(start.promise);

  renderApp(LIST);

  expect(screen.getByRole('heading', { name: 'Certificates' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Generate certificate' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Upload certificate' })).toBeInTheDocument();
  expect(await screen.findByText('Preparing demo data…')).toBeInTheDocument();
  expect(api.requests, 'nothing is asked before the simulated API runs').toEqual([]);

  start.resolve();

  const table = await screen.findByRole('table');
  expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  expect(screen.queryByText('Preparing demo data…')).not.toBeInTheDocument();
});

test('a demo that cannot start says so where the list would be, and sends nothing', async () => {
  const start = deferred();
  waitForApi(start.promise);
  renderApp(LIST);

  start.reject(new Error('service workers are turned off in this browser'));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    "The demo's simulated API could not start (service workers are turned off in this browser). Reload the page to try again.",
  );
  expect(api.requests).toEqual([]);
});
