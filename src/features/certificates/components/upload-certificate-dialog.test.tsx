import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { expect, test } from 'vitest';
import {
  generateKeys,
  makeCertificate,
  P256,
  privateKeyPem,
  RSA_1024,
  RSA_2048,
  type TestCertificate,
} from '../../../../test-kit/webcrypto-ca';
import { derToPem, pemToDer } from '../../../lib/x509/pem';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';
import { fieldError, openUploadDialog } from '../../../test/upload-dialog';

const api = setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'b');
const DAY_MS = 86_400_000;

const uploads = () =>
  api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/mtls_certificates'));

const openUpload = async (accountId = newAccount()) => ({
  ...(await openUploadDialog(accountId)),
  accountId,
});

test('empty fields are named beside each field and nothing is sent', async () => {
  const { dialog, fields, submit } = await openUpload();

  await submit();

  expect(await within(dialog).findAllByRole('alert')).toHaveLength(3);
  expect(fieldError(fields.name)).toMatch(/Give the certificate a name/);
  expect(fieldError(fields.certificate)).toMatch(/Paste the root CA certificate/);
  expect(fieldError(fields.privateKey)).toMatch(/Paste the certificate's private key/);
  expect(fields.name).toHaveFocus();
  expect(uploads()).toHaveLength(0);
});

test('each bad upload is refused beside its field, in its own words, before anything is sent', async () => {
  const { dialog, fields, fill, submit } = await openUpload();
  const good = await makeCertificate({ algorithm: P256 });
  const root = await makeCertificate({ name: 'CN=Root' });
  const intermediate = await makeCertificate({ name: 'CN=Intermediate', issuer: root });
  const leaf = await makeCertificate({ name: 'CN=www.example.com', ca: false, issuer: root });
  const expired = await makeCertificate({ notBefore: new Date(Date.now() - 400 * DAY_MS), days: 365 });
  const notYet = await makeCertificate({ notBefore: new Date(Date.now() + 10 * DAY_MS) });
  const weak = await makeCertificate({ algorithm: RSA_1024 });
  const otherKey = await privateKeyPem(await generateKeys(P256));

  const cases: Array<
    [string, { certificate: string; privateKey: string }, 'certificate' | 'privateKey', RegExp]
  > = [
    ['not PEM', { certificate: 'MIIB not a pem', privateKey: good.keyPem }, 'certificate', /is not PEM/],
    [
      'key in the certificate field',
      { certificate: good.keyPem, privateKey: good.keyPem },
      'certificate',
      /This is a private key/,
    ],
    [
      'a chain',
      { certificate: intermediate.pem + root.pem, privateKey: intermediate.keyPem },
      'certificate',
      /chain of 2 certificates/,
    ],
    [
      'an intermediate',
      { certificate: intermediate.pem, privateKey: intermediate.keyPem },
      'certificate',
      /This is an intermediate CA.*only a root CA \(self-signed, issued by itself\) is accepted/,
    ],
    [
      'a leaf',
      { certificate: leaf.pem, privateKey: leaf.keyPem },
      'certificate',
      /not a CA \(basicConstraints CA:TRUE is missing\)/,
    ],
    [
      'expired',
      { certificate: expired.pem, privateKey: expired.keyPem },
      'certificate',
      /expired on [A-Z][a-z]{2} \d{1,2}, \d{4}\./,
    ],
    [
      'not yet valid',
      { certificate: notYet.pem, privateKey: notYet.keyPem },
      'certificate',
      /not valid until/,
    ],
    [
      'RSA 1024',
      { certificate: weak.pem, privateKey: weak.keyPem },
      'certificate',
      /RSA key is 1024 bits; use at least 2048/,
    ],
    [
      'mismatched key',
      { certificate: good.pem, privateKey: otherKey },
      'privateKey',
      /does not match the certificate/,
    ],
  ];
  for (const [, upload, field, message] of cases) {
    await fill({ name: 'Corporate root', ...upload });
    await submit();
    await waitFor(() => expect(fieldError(fields[field])).toMatch(message));
    expect(within(dialog).getAllByRole('alert')).toHaveLength(1);
    expect(fields[field]).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(fields[field]).toHaveFocus());
  }
  expect(uploads()).toHaveLength(0);
});

test('a good CA uploads once, lists as Custom and opens its drawer; the key is gone', async () => {
  const { app, dialog, fill, user, accountId } = await openUpload();
  const ca = await makeCertificate({ algorithm: RSA_2048, name: 'O=Acme, CN=Acme Root' });
  await fill({ name: 'Acme root', certificate: ca.pem, privateKey: ca.keyPem });

  // A double click sends one upload.
  await user.dblClick(within(dialog).getByRole('button', { name: 'Upload certificate' }));

  const drawer = await screen.findByRole('dialog', { name: 'Acme root' });
  expect(screen.queryByRole('dialog', { name: 'Upload certificate' })).not.toBeInTheDocument();
  expect(within(drawer).getByText('Custom')).toBeInTheDocument();
  expect(within(drawer).getByText('Inactive')).toBeInTheDocument();
  expect(uploads()).toHaveLength(1);
  const listed = await api.store.listCertificates(accountId);
  expect(listed.filter((certificate) => certificate.type === 'custom')).toHaveLength(1);
  expect(document.body.textContent).not.toContain(ca.keyPem.split('\n')[1]);
  // The mutation held the key in its variables; it is dropped once nothing observes it.
  await waitFor(() => expect(app.queryClient.getMutationCache().getAll()).toHaveLength(0));
});

test("the API's refusal is shown in the dialog, which keeps what was typed", async () => {
  const { dialog, fields, fill, submit } = await openUpload();
  const ca = await makeCertificate();
  api.server.use(
    http.post('*/client/v4/accounts/:account/mtls_certificates', () =>
      HttpResponse.json(
        {
          success: false,
          errors: [
            { code: 1409, message: 'This account already has 5 custom certificates, the most allowed.' },
          ],
          messages: [],
          result: null,
        },
        { status: 409 },
      ),
    ),
  );
  await fill({ name: 'Corporate root', certificate: ca.pem, privateKey: ca.keyPem });

  await submit();

  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/already has 5 custom certificates/);
  expect(fields.name).toHaveValue('Corporate root');
  expect(within(dialog).getByRole('button', { name: 'Upload certificate' })).toBeEnabled();
  expect(uploads()).toHaveLength(1);
});

test('with 5 custom certificates listed, the dialog says so and cannot send', async () => {
  const accountId = newAccount();
  for (let i = 0; i < 5; i++) {
    const ca: TestCertificate = await makeCertificate();
    await api.store.uploadCustomCertificate(accountId, {
      name: `Root ${i}`,
      certificates: ca.pem,
      private_key: ca.keyPem,
      ca: true,
    });
  }
  const user = userEvent.setup();
  renderApp(`/accounts/${accountId}/certificates`);
  expect(await screen.findAllByRole('link', { name: /^Root / })).toHaveLength(5);
  await user.click(screen.getByRole('button', { name: 'Upload certificate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload certificate' });

  expect(within(dialog).getByText(/has 5 custom certificates, the most allowed/)).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Upload certificate' })).toBeDisabled();
});

test('a .crt file (DER) fills the Certificate field as PEM; a file over 1 MB is refused', async () => {
  const { dialog, fields, user } = await openUpload();
  const ca = await makeCertificate();
  const der = pemToDer(ca.pem);

  await user.upload(
    within(dialog).getByLabelText(/choose a certificate file/i),
    new File([der], 'root.crt', { type: 'application/x-x509-ca-cert' }),
  );

  await waitFor(() => expect(fields.certificate).toHaveValue(derToPem(der)));
  expect(within(dialog).getByRole('status')).toHaveTextContent('Read root.crt (DER, converted to PEM).');

  await user.upload(
    within(dialog).getByLabelText(/choose a certificate file/i),
    new File([new Uint8Array(1024 * 1024 + 1)], 'huge.pem'),
  );
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('huge.pem is larger than 1 MB');
  expect(fields.certificate).toHaveValue(derToPem(der));
  expect(uploads()).toHaveLength(0);
});

test('closing the dialog forgets the private key', async () => {
  const { dialog, fill, user } = await openUpload();
  await fill({ name: 'Corporate root', privateKey: 'secret key text' });

  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await user.click(screen.getByRole('button', { name: 'Upload certificate' }));

  const reopened = await screen.findByRole('dialog', { name: 'Upload certificate' });
  expect(within(reopened).getByLabelText('Private key', { selector: 'textarea' })).toHaveValue('');
});

test('with no certificates yet, the empty state offers the upload too', async () => {
  const accountId = newAccount();
  await api.store.applyScenario(accountId, 'empty');
  const user = userEvent.setup();
  renderApp(`/accounts/${accountId}/certificates`);
  await screen.findByRole('heading', { name: 'No certificates yet' });

  await user.click(screen.getByRole('button', { name: 'Upload certificate' }));

  expect(await screen.findByRole('dialog', { name: 'Upload certificate' })).toBeInTheDocument();
});
