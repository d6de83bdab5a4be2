import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';

setupMockApi();
const ACCOUNT = 'dddddddddddddddddddddddddddddddd';

test('deleting from the drawer gives focus to the main content, not to the certificate now in the deleted row', async () => {
  const user = userEvent.setup();
  renderApp(`/accounts/${ACCOUNT}/certificates`);
  const links = await screen.findAllByRole('link', { name: /^Certificate / });
  expect(links).toHaveLength(4);
  // The first Inactive row is never the last row (the default account has two): a row follows it,
  // and rows are keyed by position, so its link element stays and shows the next certificate.
  const box = screen.getAllByRole('checkbox', { name: /^Select Certificate / })[0];
  const label = box?.getAttribute('aria-label')?.replace('Select ', '') ?? '';
  const link = screen.getByRole('link', { name: label });
  expect(links.indexOf(link)).toBeLessThan(links.length - 1);

  await user.click(link);
  const drawer = await screen.findByRole('dialog', { name: label });
  await user.click(within(drawer).getByRole('button', { name: 'Delete' }));
  const confirm = await screen.findByRole('alertdialog', { name: `Delete ${label}?` });
  await user.click(within(confirm).getByRole('button', { name: 'Delete certificate' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await waitFor(() => expect(screen.getAllByRole('link', { name: /^Certificate / })).toHaveLength(3));
  expect(link).toBeInTheDocument();
  expect(link).not.toHaveAccessibleName(label);
  expect(document.getElementById('main')).toHaveFocus();
});
