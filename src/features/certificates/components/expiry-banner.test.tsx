import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from '../model/certificate';
import { ExpiryBanner } from './expiry-banner';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY_MS = 86_400_000;

const certificate = (fields: Partial<Certificate>) =>
  aCertificate({
    bindingStatus: 'available',
    expiresOn: new Date(NOW + 400 * DAY_MS).toISOString(),
    ...fields,
  });

const expiresIn = (days: number) => new Date(NOW + days * DAY_MS).toISOString();

test('an expired certificate in use raises an alert that names it, says what breaks and the way out', async () => {
  const onGenerate = vi.fn();
  render(
    <ExpiryBanner
      certificates={[certificate({ inUse: true, expiresOn: expiresIn(-27) })]}
      now={NOW}
      onGenerate={onGenerate}
    />,
  );

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The certificate in use, Certificate c0ffee00, expired on Feb 2, 2026');
  expect(alert).toHaveTextContent(/devices get certificate errors/);
  expect(alert).toHaveTextContent(/Activate it and wait until it is Available/);
  expect(alert).toHaveTextContent(/install it on every device/);
  expect(alert).toHaveTextContent(/Confirm and turn on certificate/);
  await userEvent.click(screen.getByRole('button', { name: 'Generate a replacement certificate' }));
  expect(onGenerate).toHaveBeenCalledOnce();
});

test('a certificate in use that expires within 30 days is a status, not an alert, and suggests a replacement', () => {
  render(
    <ExpiryBanner
      certificates={[
        certificate({ inUse: true, name: 'Old root', expiresOn: expiresIn(12) }),
        certificate({
          id: 'c0ffee00-0000-4000-8000-000000000002',
          name: 'Expired spare',
          expiresOn: expiresIn(-3),
        }),
        certificate({
          id: 'c0ffee00-0000-4000-8000-000000000003',
          name: 'New root',
          bindingStatus: 'inactive',
        }),
      ]}
      now={NOW}
      onGenerate={() => undefined}
    />,
  );

  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('The certificate in use, Old root, expires on Mar 13, 2026 (in 12 days).');
  expect(status).toHaveTextContent(/When it expires, devices will get certificate errors/);
  expect(status).toHaveTextContent('Use New root (Inactive), or generate a new one.');
});

test('a certificate in use with more than 30 days left shows nothing', () => {
  const { container } = render(
    <ExpiryBanner
      certificates={[certificate({ inUse: true, expiresOn: expiresIn(31) })]}
      now={NOW}
      onGenerate={() => undefined}
    />,
  );
  expect(container).toBeEmptyDOMElement();
});

test("with none in use, a note says Gateway uses Cloudflare's own root; with no certificates, the empty state says it", () => {
  const { rerender, container } = render(
    <ExpiryBanner certificates={[certificate({})]} now={NOW} onGenerate={() => undefined} />,
  );
  expect(screen.getByText(/Gateway uses Cloudflare's own root certificate/)).toBeInTheDocument();

  rerender(<ExpiryBanner certificates={[]} now={NOW} onGenerate={() => undefined} />);
  expect(container).toBeEmptyDOMElement();
});

test('an Available replacement is not to be activated again: the way out skips that step', () => {
  render(
    <ExpiryBanner
      certificates={[
        certificate({ inUse: true, name: 'Old root', expiresOn: expiresIn(-2) }),
        certificate({ id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Spare root' }),
      ]}
      now={NOW}
      onGenerate={() => undefined}
    />,
  );
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Use Spare root (Available), or generate a new one.');
  expect(alert).not.toHaveTextContent(/Activate it/);
  expect(alert).toHaveTextContent(/install it on every device/);
});
