import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { expect, test } from 'vitest';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';
import { certificateKeys } from '../api/certificate-keys';

const api = setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'b');
const deletes = () => api.requests.filter((request) => request.method === 'DELETE');

test('Delete selected: one DELETE each; the one that fails is reported with its reason and stays selected, the other leaves the list and the cache', async () => {
  const user = userEvent.setup();
  const accountId = newAccount();
  const { queryClient } = renderApp(`/accounts/${accountId}/certificates`);
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  const boxes = screen.getAllByRole('checkbox', { name: /^Select Certificate [0-9a-f]{8}$/ });
  expect(boxes).toHaveLength(2);
  const [first, second] = boxes.map((box) => box.getAttribute('aria-label')?.replace('Select ', '') ?? '');

  // The first DELETE answers 500; the rest reach the mock as usual.
  let failed = false;
  api.server.use(
    http.delete('*/gateway/certificates/:id', () => {
      if (failed) return undefined;
      failed = true;
      return HttpResponse.json(
        {
          success: false,
          errors: [{ code: 1500, message: 'Internal server error.' }],
          messages: [],
          result: null,
        },
        { status: 500 },
      );
    }),
  );

  await user.click(screen.getByRole('checkbox', { name: 'Select all Inactive certificates shown' }));
  await user.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
  const confirm = await screen.findByRole('alertdialog', { name: 'Delete 2 certificates?' });
  expect(
    within(confirm)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([first, second]);
  await user.click(within(confirm).getByRole('button', { name: 'Delete 2 certificates' }));

  const report = await screen.findByRole('alert');
  expect(report).toHaveTextContent('1 certificate could not be deleted; 1 certificate deleted.');
  expect(within(report).getByRole('listitem')).toHaveTextContent(`${first}: Internal server error.`);
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(deletes()).toHaveLength(2);

  await waitFor(() => expect(screen.getAllByRole('link', { name: /^Certificate / })).toHaveLength(3));
  expect(screen.queryByRole('link', { name: second })).not.toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: `Select ${first}` })).toBeChecked();
  expect(screen.getByRole('button', { name: 'Delete selected (1)' })).toBeInTheDocument();
  const cached = queryClient.getQueryData<Array<{ id: string }>>(certificateKeys.list(accountId)) ?? [];
  expect(cached).toHaveLength(3);
});

test('Delete selected with nothing selected opens nothing and sends nothing', async () => {
  const user = userEvent.setup();
  renderApp(`/accounts/${newAccount()}/certificates`);
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  const button = screen.getByRole('button', { name: 'Delete selected (0)' });
  expect(button).toHaveAttribute('aria-disabled', 'true');
  await user.click(button);
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(deletes()).toHaveLength(0);
});
