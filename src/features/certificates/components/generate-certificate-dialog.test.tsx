import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';

const api = setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'a');

async function openGenerateDialog(accountId: string) {
  const user = userEvent.setup();
  renderApp(`/accounts/${accountId}/certificates`);
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  await user.click(screen.getByRole('button', { name: 'Generate certificate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Generate certificate' });
  return { user, dialog };
}

const generations = () =>
  api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/certificates'));

test('5 years is chosen by default and the expiry date follows the choice', async () => {
  const { user, dialog } = await openGenerateDialog(newAccount());
  expect(within(dialog).getByRole('radio', { name: '5 years (recommended)' })).toBeChecked();
  expect(within(dialog).getByText(/\(1,825 days\)/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('radio', { name: '1 year' }));
  expect(within(dialog).getByText(/\(365 days\)/)).toBeInTheDocument();
  expect(within(dialog).getByText(/up to 3 more can be generated now/)).toBeInTheDocument();
});

test('bad custom days show a message beside the field and send nothing', async () => {
  const { user, dialog } = await openGenerateDialog(newAccount());
  await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
  const days = within(dialog).getByLabelText('Days');
  for (const [input, message] of [
    ['0', /at least 1 day/],
    ['10951', /At most 10,950 days/],
    ['1.5', /is not a whole number/],
    ['1e3', /is not a whole number/],
    ['-1', /is not a whole number/],
  ] as const) {
    await user.clear(days);
    await user.type(days, input);
    await user.click(within(dialog).getByRole('button', { name: 'Generate certificate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveFocus();
  }
  await user.clear(days);
  await user.click(within(dialog).getByRole('button', { name: 'Generate certificate' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Enter the number of days/);
  expect(generations()).toHaveLength(0);
});

test('custom days generate an Inactive certificate and open its drawer', async () => {
  const { user, dialog } = await openGenerateDialog(newAccount());
  await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
  await user.type(within(dialog).getByLabelText('Days'), '30');
  expect(within(dialog).getByText(/\(30 days\)/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Generate certificate' }));

  const drawer = await screen.findByRole('dialog', { name: /^Certificate [0-9a-f]{8}$/ });
  expect(screen.queryByRole('dialog', { name: 'Generate certificate' })).not.toBeInTheDocument();
  expect(within(drawer).getByText('Inactive')).toBeInTheDocument();
  expect(within(drawer).getByText(/in 30 days/)).toBeInTheDocument();
  expect(generations()).toHaveLength(1);
  // The drawer is modal, so the list behind it is hidden from the accessibility tree.
  await waitFor(() =>
    expect(screen.getAllByRole('link', { name: /^Certificate /, hidden: true })).toHaveLength(5),
  );
});

test('a refusal from the API is shown in the dialog and nothing is added', async () => {
  const accountId = newAccount();
  await api.store.applyScenario(accountId, 'empty');
  const user = userEvent.setup();
  renderApp(`/accounts/${accountId}/certificates`);
  await screen.findByRole('heading', { name: 'No certificates yet' });
  await user.click(screen.getByRole('button', { name: 'Generate certificate' }));
  let dialog = await screen.findByRole('dialog', { name: 'Generate certificate' });
  // Three generations, then one deleted: the list no longer proves the limit, but the server enforces it.
  for (let i = 0; i < 3; i++) {
    await api.store.generateCertificate(accountId, {});
  }
  const [first] = await api.store.listCertificates(accountId);
  if (!first) throw new Error('expected a certificate');
  await api.store.deleteCertificate(accountId, first.id);
  await user.click(within(dialog).getByRole('button', { name: 'Generate certificate' }));
  dialog = screen.getByRole('dialog', { name: 'Generate certificate' });
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    /generated 3 certificates in the last 24 hours/,
  );
  expect(await api.store.listCertificates(accountId)).toHaveLength(2);
});
