import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { setupMockApi } from '../../../../test/mock-server';
import { renderApp } from '../../../../test/render-app';

const api = setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'b');

afterEach(() => window.localStorage.clear());

async function openRotation(accountId: string) {
  const view = renderApp(`/accounts/${accountId}/certificates?rotate=1`);
  const dialog = await screen.findByRole('dialog', { name: 'Rotate certificate' });
  return { ...view, dialog };
}

/** The value beside a term of the dialog's summary. */
const summary = (dialog: HTMLElement, term: string) =>
  within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

test('reopened after a newer certificate appeared, it keeps the successor it generated', async () => {
  const user = userEvent.setup();
  const accountId = newAccount();
  await api.store.applyScenario(accountId, 'expired-in-use');
  const first = await openRotation(accountId);
  await user.click(await within(first.dialog).findByRole('button', { name: 'Generate certificate' }));
  await waitFor(() =>
    expect(summary(first.dialog, 'Successor')).toMatch(/^Certificate [0-9a-f]{8} \(Inactive\)$/),
  );
  const successor = summary(first.dialog, 'Successor');
  first.unmount();

  // Another administrator generates one more: newer, and just as good a candidate.
  // (A second later: creation times are kept to the second.)
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const newer = await api.store.generateCertificate(accountId, {});
  const again = await openRotation(accountId);
  await waitFor(() => expect(summary(again.dialog, 'Successor')).toBe(successor));
  expect(successor).not.toContain(newer.id.split('-')[0]);
  const generate = within(again.dialog).getByRole('heading', { name: 'Generate' }).closest('li');
  expect(generate).toHaveTextContent('Done');
  expect(within(again.dialog).getByRole('heading', { name: 'Activate' }).closest('li')).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test('a step that fails says why, changes nothing, and can be tried again', async () => {
  const user = userEvent.setup();
  const accountId = newAccount();
  await api.store.applyScenario(accountId, 'expired-in-use');
  await api.store.generateCertificate(accountId, {});
  api.server.use(
    http.post(
      '*/client/v4/accounts/:account/gateway/certificates/:id/activate',
      () =>
        HttpResponse.json(
          {
            success: false,
            errors: [{ code: 1500, message: 'The edge is busy: try again.' }],
            messages: [],
            result: null,
          },
          { status: 500 },
        ),
      { once: true },
    ),
  );
  const { dialog } = await openRotation(accountId);
  const activate = await within(dialog).findByRole('button', { name: 'Activate' });
  await user.click(activate);
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('The edge is busy: try again.');
  expect(summary(dialog, 'Successor')).toMatch(/\(Inactive\)$/);
  await user.click(within(dialog).getByRole('button', { name: 'Activate' }));
  await waitFor(() => expect(summary(dialog, 'Successor')).toMatch(/\((Pending|Available)\)$/));
});

test('with Cloudflare’s own root in use, it says there is nothing to rotate', async () => {
  const accountId = newAccount();
  await api.store.applyScenario(accountId, 'empty');
  const { dialog } = await openRotation(accountId);
  expect(await within(dialog).findByText(/there is no certificate of yours to rotate/)).toBeInTheDocument();
  expect(within(dialog).queryByRole('list')).toBeNull();
});
