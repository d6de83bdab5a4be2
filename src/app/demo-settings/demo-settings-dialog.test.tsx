import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { clockOffset, setClockOffset } from '../../lib/clock';
import { setupMockApi } from '../../test/mock-server';
import { renderApp } from '../../test/render-app';

const api = setupMockApi();
const DAY_MS = 86_400_000;

afterEach(() => setClockOffset(0));

const expiredTags = () => screen.queryAllByText('Expired', { exact: true });

test('Advance 1 year moves the mock and the screen together: the list marks what has expired since', async () => {
  const user = userEvent.setup();
  renderApp('/accounts/dddddddddddddddddddddddddddddd01/certificates');
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  expect(expiredTags()).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Demo settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Demo settings' });
  await within(dialog).findByText(/^Demo clock: .* \(real time\)\.$/);
  await user.click(within(dialog).getByRole('button', { name: 'Advance 1 year' }));

  await within(dialog).findByText(/\(365 days ahead of real time\)\.$/);
  expect(Math.round(clockOffset() / DAY_MS)).toBe(365);
  expect(api.store.clockOffset('dddddddddddddddddddddddddddddd01')).toBe(365 * DAY_MS);
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  // The one-year certificate made two days ago has now run out too.
  await screen.findByText(/^Demo clock:/);
  expect(expiredTags()).toHaveLength(2);
});
