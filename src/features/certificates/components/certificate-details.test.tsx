import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { expect, test } from 'vitest';
import { makeCertificate, RSA_2048 } from '../../../../test-kit/webcrypto-ca';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';

const api = setupMockApi();
const ACCOUNT = 'cccccccccccccccccccccccccccccccc';

/** The value beside a term of the details list. */
const valueBeside = (section: HTMLElement, term: string) =>
  within(section).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

test('the drawer reads the certificate itself: names, key, constraints, usage, validity and fingerprints', async () => {
  const ca = await makeCertificate({ algorithm: RSA_2048, name: 'O=Acme, CN=Acme Root', pathLength: 0 });
  const uploaded = await api.store.uploadCustomCertificate(ACCOUNT, {
    name: 'Acme root',
    certificates: ca.pem,
    private_key: ca.keyPem,
    ca: true,
  });
  const node = new NodeX509Certificate(ca.pem);

  renderApp(`/accounts/${ACCOUNT}/certificates/${uploaded.id}`);

  const drawer = await screen.findByRole('dialog', { name: 'Acme root' });
  const section = within(drawer).getByRole('region', { name: 'Certificate details' });
  expect(await within(section).findByText('Fingerprint (SHA-1)')).toBeInTheDocument();
  expect(valueBeside(section, 'Subject')).toBe('O=Acme, CN=Acme Root');
  expect(valueBeside(section, 'Issued by')).toBe('O=Acme, CN=Acme Root (self-signed)');
  expect(valueBeside(section, 'Serial number')).toBe('0A:1B:2C:3D');
  expect(valueBeside(section, 'Public key')).toBe('RSA, 2048 bits');
  expect(valueBeside(section, 'Signature algorithm')).toBe('sha256WithRSAEncryption');
  expect(valueBeside(section, 'Basic constraints')).toBe('CA:TRUE, pathlen:0 (critical)');
  expect(valueBeside(section, 'Key usage')).toBe('Certificate Sign, CRL Sign (critical)');
  // Node's own X.509 reader is the independent oracle for the fingerprints.
  expect(valueBeside(section, 'Fingerprint (SHA-1)')).toContain(node.fingerprint);
  expect(valueBeside(section, 'Fingerprint (SHA-256)')).toContain(node.fingerprint256);
  expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
});

test('a certificate the API describes with another fingerprint is flagged', async () => {
  const ca = await makeCertificate();
  const uploaded = await api.store.uploadCustomCertificate(ACCOUNT, {
    name: 'Tampered',
    certificates: ca.pem,
    private_key: ca.keyPem,
    ca: true,
  });
  const listed = (await api.store.listCertificates(ACCOUNT)).find((c) => c.id === uploaded.id);
  api.server.use(
    http.get(`*/client/v4/accounts/${ACCOUNT}/gateway/certificates/${uploaded.id}`, () =>
      HttpResponse.json({
        success: true,
        errors: [],
        messages: [],
        result: { ...listed, fingerprint: 'AA:BB' },
      }),
    ),
  );

  renderApp(`/accounts/${ACCOUNT}/certificates/${uploaded.id}`);

  const drawer = await screen.findByRole('dialog', { name: 'Tampered' });
  const section = within(drawer).getByRole('region', { name: 'Certificate details' });
  expect(await within(section).findByRole('alert')).toHaveTextContent(
    /differs from the one the API reports \(AA:BB\)/,
  );
});
