// @vitest-environment node
import { expect, test } from 'vitest';
import { derToPem } from './pem';
import { MAX_PEM_FILE_BYTES, readPemFile } from './read-pem-file';

const DER = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]);

test('PEM text is kept as it is, whatever the file is called', async () => {
  const pem = derToPem(DER);
  expect(await readPemFile(new File([pem], 'root.crt'), 'CERTIFICATE')).toEqual({
    ok: true,
    pem,
    converted: false,
  });
});

test('DER bytes become PEM with the label of the field', async () => {
  expect(await readPemFile(new File([DER], 'root.crt'), 'CERTIFICATE')).toEqual({
    ok: true,
    pem: derToPem(DER),
    converted: true,
  });
  expect(await readPemFile(new File([DER], 'root.key'), 'PRIVATE KEY')).toMatchObject({
    pem: expect.stringContaining('-----BEGIN PRIVATE KEY-----'),
  });
});

test('a file over 1 MB, an empty file and a file of anything else are refused by name', async () => {
  expect(
    await readPemFile(new File([new Uint8Array(MAX_PEM_FILE_BYTES + 1)], 'disk.img'), 'CERTIFICATE'),
  ).toEqual({
    ok: false,
    message:
      'disk.img is larger than 1 MB: a certificate file is a few kilobytes. Choose the certificate itself.',
  });
  expect(await readPemFile(new File([], 'empty.pem'), 'PRIVATE KEY')).toEqual({
    ok: false,
    message: 'empty.pem is empty.',
  });
  expect(await readPemFile(new File(['hello'], 'notes.txt'), 'CERTIFICATE')).toEqual({
    ok: false,
    message:
      'notes.txt is neither PEM text nor DER: export it as .pem (text) or .crt (DER) and choose it again.',
  });
});
