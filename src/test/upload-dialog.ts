import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { renderApp } from './render-app';

export type UploadValues = { name?: string; certificate?: string; privateKey?: string };

/**
 * Opens Upload certificate on an account's page once its list shows `listed` certificates, with
 * helpers that fill and submit it as a person would (paste into each field; empty clears it).
 */
export async function openUploadDialog(accountId: string, listed = 4) {
  const user = userEvent.setup();
  const app = renderApp(`/accounts/${accountId}/certificates`);
  // The header row and one row a certificate.
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(listed + 1));
  await user.click(screen.getByRole('button', { name: 'Upload certificate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload certificate' });
  const fields = {
    name: within(dialog).getByLabelText('Certificate name'),
    certificate: within(dialog).getByLabelText('Certificate', { selector: 'textarea' }),
    privateKey: within(dialog).getByLabelText('Private key', { selector: 'textarea' }),
  };
  const fill = async (values: UploadValues) => {
    for (const field of ['name', 'certificate', 'privateKey'] as const) {
      const value = values[field];
      await user.clear(fields[field]);
      if (value === undefined || value === '') continue;
      await user.click(fields[field]);
      await user.paste(value);
    }
  };
  const submit = () => user.click(within(dialog).getByRole('button', { name: 'Upload certificate' }));
  return { user, app, dialog, fields, fill, submit };
}

/** The message shown beside a field: the alert its description points at. */
export const fieldError = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((node) => node?.getAttribute('role') === 'alert')?.textContent ?? null;
