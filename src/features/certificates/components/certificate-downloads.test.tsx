import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import { saveFile } from '../../../lib/download';
import type { Certificate } from '../model/certificate';
import { CertificateDownloads } from './certificate-downloads';

vi.mock('../../../lib/download', () => ({ saveFile: vi.fn() }));

const NOW = Date.parse('2026-03-01T12:00:00Z');

const certificate = (fields: Partial<Certificate> = {}) =>
  aCertificate({
    bindingStatus: 'available',
    fingerprint: 'AB:CD',
    expiresOn: '2027-01-01T00:00:00Z',
    ...fields,
  });

test('Add expiry reminder saves a calendar file named after the certificate', async () => {
  const user = userEvent.setup();
  render(<CertificateDownloads accountId="acc" certificate={certificate()} now={NOW} withReminder />);
  await user.click(screen.getByRole('button', { name: 'Add expiry reminder' }));
  await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
  const [name, contents, type] = vi.mocked(saveFile).mock.calls[0] ?? [];
  expect(name).toBe('gateway-ca-c0ffee00-expiry.ics');
  expect(type).toBe('text/calendar');
  expect(String(contents)).toContain(`URL:${window.location.origin}/accounts/acc/certificates/c0ffee00`);
});

test('a certificate the API sent without its PEM gets a clear message instead of a broken profile', async () => {
  const user = userEvent.setup();
  vi.mocked(saveFile).mockClear();
  render(<CertificateDownloads accountId="acc" certificate={certificate()} now={NOW} />);
  expect(screen.queryByRole('button', { name: 'Add expiry reminder' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Download .mobileconfig' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The file could not be made: No certificate found in the PEM text.',
  );
  expect(saveFile).not.toHaveBeenCalled();
});
