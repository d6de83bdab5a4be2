import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test } from 'vitest';
import { hasOpenssl, OPENSSL_KEYS, opensslCa, opensslPkcs1Key } from '../../../../test-kit/openssl';
import { setupMockApi } from '../../../test/mock-server';
import { renderApp } from '../../../test/render-app';
import { fieldError, openUploadDialog } from '../../../test/upload-dialog';

/**
 * Malformed and hostile values through every input of the screen. Each is answered
 * beside its field with a message a person can act on, nothing is sent, and nothing typed is ever
 * rendered as markup.
 */

const api = setupMockApi();
let accounts = 0;
const newAccount = () => (++accounts).toString(16).padStart(32, 'c');
const changes = () => api.requests.filter((request) => request.method !== 'GET');

type Ca = { cert: string; key: string };

const p256Ca = (subject: string, extensions?: string[]): Ca =>
  opensslCa({ subject, key: OPENSSL_KEYS.p256, extensions });

let root: Ca;
let other: Ca;
let leaf: Ca;
let pkcs1Key: string;
// Without openssl the upload cases skip (they need real CAs); the other inputs are still tested.
beforeAll(() => {
  if (!hasOpenssl) return;
  root = p256Ca('/O=Hostile Test/CN=Hostile Test Root');
  other = p256Ca('/O=Other/CN=Other Root');
  leaf = p256Ca('/CN=www.example.com', ['basicConstraints=critical,CA:FALSE']);
  pkcs1Key = opensslPkcs1Key();
});

/** Bytes that are neither text nor DER, as a string a person might paste from a binary file. */
const binaryJunk = Array.from({ length: 2048 }, (_, i) => String.fromCharCode((i * 73 + 11) % 256)).join('');

// ≥ 40 values: the Days field alone takes 30.
const DAYS: Array<[string, RegExp]> = [
  ['0', /at least 1 day/],
  ['-1', /"-1" is not a whole number/],
  ['10951', /At most 10,950 days/],
  ['1.5', /"1\.5" is not a whole number/],
  ['1e3', /"1e3" is not a whole number/],
  ['', /Enter the number of days/],
  ['     ', /Enter the number of days/],
  ['\t\n', /Enter the number of days/],
  ['١٢٣', /"١٢٣" is not a whole number/],
  ['３６５', /"３６５" is not a whole number/],
  ['३६५', /"३६५" is not a whole number/],
  ['9'.repeat(5000), /At most 10,950 days/],
  ['x'.repeat(100_000), /"x{20}…" is not a whole number/],
  ['abc', /is not a whole number/],
  ['12abc', /is not a whole number/],
  ['0x10', /is not a whole number/],
  ['+5', /is not a whole number/],
  ['1,000', /is not a whole number/],
  ['365 days', /is not a whole number/],
  ['3 65', /is not a whole number/],
  ['NaN', /is not a whole number/],
  ['Infinity', /is not a whole number/],
  ['-0', /is not a whole number/],
  ['0000', /at least 1 day/],
  ['99999999999999999999999', /At most 10,950 days/],
  ['\u200b365', /is not a whole number/],
  ['365\u0000', /is not a whole number/],
  ['<script>alert(1)</script>', /"<script>alert\(1\)<\/sc…" is not a whole number/],
  ['<img src=x onerror=alert(1)>', /is not a whole number/],
  ["'; DROP TABLE certificates; --", /is not a whole number/],
];

test(`the Days field refuses ${DAYS.length} malformed and hostile values beside it, and sends nothing`, async () => {
  const user = userEvent.setup();
  renderApp(`/accounts/${newAccount()}/certificates`);
  expect(await screen.findAllByRole('link', { name: /^Certificate / })).toHaveLength(4);
  await user.click(screen.getByRole('button', { name: 'Generate certificate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Generate certificate' });
  await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
  const days = within(dialog).getByLabelText('Days');

  for (const [value, message] of DAYS) {
    await user.clear(days);
    if (value !== '') {
      await user.click(days);
      await user.paste(value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Generate certificate' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert, JSON.stringify(value.slice(0, 30))).toHaveTextContent(message);
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(dialog.querySelector('script, img')).toBeNull();
  }
  expect(changes()).toEqual([]);
});

const openUpload = (accountId = newAccount(), listed = 4) => openUploadDialog(accountId, listed);

type Field = 'name' | 'certificate' | 'privateKey';

const UPLOADS: () => Array<[string, Record<Field, string>, Field, RegExp]> = () => [
  [
    'an empty name',
    { name: '', certificate: root.cert, privateKey: root.key },
    'name',
    /Give the certificate a name/,
  ],
  [
    'a name of spaces',
    { name: '    ', certificate: root.cert, privateKey: root.key },
    'name',
    /Give the certificate a name/,
  ],
  [
    'a 256-character name',
    { name: 'n'.repeat(256), certificate: root.cert, privateKey: root.key },
    'name',
    /256 characters; use at most 255/,
  ],
  [
    'a 100,000-character name',
    { name: '<b>'.repeat(33_334), certificate: root.cert, privateKey: root.key },
    'name',
    /characters; use at most 255/,
  ],
  [
    'no certificate',
    { name: 'n', certificate: '  \n ', privateKey: root.key },
    'certificate',
    /Paste the root CA certificate/,
  ],
  [
    'not PEM',
    { name: 'n', certificate: 'hello, I am a certificate', privateKey: root.key },
    'certificate',
    /is not PEM/,
  ],
  [
    'bare base64',
    { name: 'n', certificate: root.cert.split('\n').slice(1, -2).join('\n'), privateKey: root.key },
    'certificate',
    /is not PEM/,
  ],
  [
    'a chain',
    { name: 'n', certificate: root.cert + other.cert, privateKey: root.key },
    'certificate',
    /chain of 2 certificates/,
  ],
  [
    'a key in the certificate field',
    { name: 'n', certificate: root.key, privateKey: root.key },
    'certificate',
    /This is a private key/,
  ],
  ['binary junk', { name: 'n', certificate: binaryJunk, privateKey: root.key }, 'certificate', /is not PEM/],
  [
    'a damaged block',
    {
      name: 'n',
      certificate: '-----BEGIN CERTIFICATE-----\n!!!*\n-----END CERTIFICATE-----',
      privateKey: root.key,
    },
    'certificate',
    /its body is not base64/,
  ],
  [
    'a block that is not X.509',
    {
      name: 'n',
      certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      privateKey: root.key,
    },
    'certificate',
    /could not be read as an X\.509 certificate/,
  ],
  [
    'a leaf certificate',
    { name: 'n', certificate: leaf.cert, privateKey: leaf.key },
    'certificate',
    /not a CA/,
  ],
  [
    'markup',
    {
      name: 'n',
      certificate: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
      privateKey: root.key,
    },
    'certificate',
    /is not PEM/,
  ],
  [
    '5 MB pasted',
    { name: 'n', certificate: 'A'.repeat(5 * 1024 * 1024), privateKey: root.key },
    'certificate',
    /is not PEM/,
  ],
  [
    '200,000 BEGIN lines',
    { name: 'n', certificate: '-----BEGIN CERTIFICATE-----\n'.repeat(200_000), privateKey: root.key },
    'certificate',
    /is not PEM/,
  ],
  [
    'no key',
    { name: 'n', certificate: root.cert, privateKey: '' },
    'privateKey',
    /Paste the certificate's private key/,
  ],
  [
    'a key that is not PEM',
    { name: 'n', certificate: root.cert, privateKey: 'password123' },
    'privateKey',
    /private key is not PEM/,
  ],
  [
    'the certificate in the key field',
    { name: 'n', certificate: root.cert, privateKey: root.cert },
    'privateKey',
    /This is a certificate/,
  ],
  [
    'a PKCS#1 RSA key for an EC certificate',
    { name: 'n', certificate: root.cert, privateKey: pkcs1Key },
    'privateKey',
    /could not be read as the same kind of key as the certificate's/,
  ],
  [
    'an encrypted key',
    {
      name: 'n',
      certificate: root.cert,
      privateKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
    },
    'privateKey',
    /is encrypted/,
  ],
  [
    "another CA's key",
    { name: 'n', certificate: root.cert, privateKey: other.key },
    'privateKey',
    /does not match the certificate/,
  ],
  [
    'binary junk as the key',
    { name: 'n', certificate: root.cert, privateKey: binaryJunk },
    'privateKey',
    /private key is not PEM/,
  ],
];

test.skipIf(!hasOpenssl)(
  'the upload fields refuse malformed and hostile values beside the field, and send nothing',
  async () => {
    const { dialog, fields, fill, submit } = await openUpload();
    const cases = UPLOADS();
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const [what, values, field, message] of cases) {
      await fill(values);
      await submit();
      await waitFor(() => expect(fieldError(fields[field]), what).toMatch(message), { timeout: 15_000 });
      expect(within(dialog).getAllByRole('alert'), what).toHaveLength(1);
      expect(dialog.querySelector('script, img, b'), what).toBeNull();
    }
    expect(changes()).toEqual([]);
  },
  180_000,
);

test('files that are not a certificate are refused by name, and nothing is sent', async () => {
  const { user, dialog } = await openUpload();
  const picker = within(dialog).getByLabelText('Or choose a certificate file (.pem or .crt)');
  const files: Array<[File, RegExp]> = [
    [new File([new Uint8Array(5 * 1024 * 1024).fill(0x41)], 'huge.pem'), /huge\.pem is larger than 1 MB/],
    [
      new File([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70])], 'photo.crt'),
      /photo\.crt is neither PEM text nor DER/,
    ],
    [new File([], 'empty.pem'), /empty\.pem is empty/],
    [
      new File(['<script>window.__pwned=1</script>'], '<img src=x onerror=alert(1)>.pem'),
      /<img src=x onerror=alert\(1\)>\.pem is neither PEM text nor DER/,
    ],
  ];
  for (const [file, message] of files) {
    await user.upload(picker, file);
    expect(await within(dialog).findByText(message)).toHaveAttribute('role', 'alert');
    expect(within(dialog).getByLabelText('Certificate', { selector: 'textarea' })).toHaveValue('');
  }
  expect(dialog.querySelector('script, img')).toBeNull();
  expect(changes()).toEqual([]);
});

const MARKUP_NAMES = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "{{constructor.constructor('window.__pwned=1')()}}",
];

test('names made of markup are sent and shown as the text they are, never as markup', async () => {
  const accountId = newAccount();
  // Three straight through the API the dialog uses (the first call seeds the account) ...
  for (const name of MARKUP_NAMES.slice(1)) {
    const reply = await fetch(`/client/v4/accounts/${accountId}/mtls_certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, certificates: root.cert, private_key: root.key, ca: true }),
    });
    expect(reply.status).toBe(200);
  }
  // ... which the list shows as text,
  const { fill, submit } = await openUpload(accountId, 7);
  for (const name of MARKUP_NAMES.slice(1)) {
    expect(screen.getByRole('link', { name, hidden: true })).toHaveTextContent(name);
  }
  // ... and one through the dialog, whose drawer is titled with the name as text.
  const [first = ''] = MARKUP_NAMES;
  await fill({ name: first, certificate: root.cert, privateKey: root.key });
  await submit();
  const sheet = await screen.findByRole('dialog', { name: first }, { timeout: 15_000 });
  expect(within(sheet).getByRole('heading', { name: first })).toBeInTheDocument();
  expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(4);

  // (The top bar's own mark is an <svg>: a name turned into markup would bring one with its onload.)
  expect(document.querySelector('img[src="x"], script, svg[onload]')).toBeNull();
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
});
