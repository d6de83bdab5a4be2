import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { setupMockApi } from '../test/mock-server';
import { renderApp } from '../test/render-app';

/**
 * A render error anywhere on the screen is contained. Inside the page (the list, the
 * drawer) the shell stays with the fallback and a way back; in the shell itself the router's error
 * element takes over. Never a blank page.
 */

// Which part of the screen throws while rendering; null renders normally.
const crash = vi.hoisted(() => ({ in: null as null | 'list' | 'drawer' | 'shell' }));

vi.mock('../lib/format-date', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../lib/format-date')>();
  return {
    ...actual,
    // The list's dates use formatDate; the drawer's use formatDateTime.
    formatDate: (iso: string) => {
      if (crash.in === 'list') throw new Error('Simulated failure while drawing the list');
      return actual.formatDate(iso);
    },
    formatDateTime: (iso: string) => {
      if (crash.in === 'drawer') throw new Error('Simulated failure while drawing the drawer');
      return actual.formatDateTime(iso);
    },
  };
});

vi.mock('./mode-banner', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./mode-banner')>();
  return {
    ...actual,
    ModeBanner: () => {
      if (crash.in === 'shell') throw new Error('Simulated failure while drawing the top bar');
      return actual.ModeBanner();
    },
  };
});

setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'e');

beforeEach(() => {
  // React reports every caught render error on the console; the test looks at the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  crash.in = null;
});

function expectFallback(message: RegExp) {
  const fallback = screen.getByRole('alert');
  expect(
    within(fallback).getByRole('heading', { name: 'Something went wrong on this screen' }),
  ).toBeVisible();
  expect(fallback).toHaveTextContent(message);
  expect(within(fallback).getByRole('link', { name: 'Back to Certificates' })).toHaveAttribute('href', '/');
  return fallback;
}

test('a render error in the list shows the fallback inside the shell, and Try again brings the list back', async () => {
  const user = userEvent.setup();
  crash.in = 'list';
  const { container } = renderApp(`/accounts/${newAccount()}/certificates`);

  expect(await screen.findByText(/Simulated failure while drawing the list/)).toBeVisible();
  expectFallback(/Simulated failure while drawing the list/);
  expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Traffic settings');
  expect(screen.getByText('Mock demo')).toBeVisible();
  expect(container.textContent?.trim()).not.toBe('');

  crash.in = null;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  expect(screen.queryByText('Something went wrong on this screen')).not.toBeInTheDocument();
});

test('a render error in the drawer shows the fallback, not a blank page, and Try again reopens it', async () => {
  const user = userEvent.setup();
  crash.in = 'drawer';
  renderApp(`/accounts/${newAccount()}/certificates`);
  const [first] = await screen.findAllByRole('link', { name: /^Certificate / });
  if (!first) throw new Error('no certificate listed');
  const label = first.textContent ?? '';

  await user.click(first);
  expect(await screen.findByText(/Simulated failure while drawing the drawer/)).toBeVisible();
  expectFallback(/Simulated failure while drawing the drawer/);
  expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();

  crash.in = null;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('dialog', { name: label })).toBeVisible();
});

test('a render error in the shell itself falls to the router’s error element, with a way back', async () => {
  crash.in = 'shell';
  const { container } = renderApp(`/accounts/${newAccount()}/certificates`);

  expect(await screen.findByText(/Simulated failure while drawing the top bar/)).toBeVisible();
  expectFallback(/Simulated failure while drawing the top bar/);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  expect(container.textContent?.trim()).not.toBe('');
});
