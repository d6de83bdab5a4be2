import { expect, test } from 'vitest';
import { derToPem, pemToDer, readPemBlocks, sha256Fingerprint, toColonHex } from './pem';

const BYTES = Uint8Array.from({ length: 100 }, (_, i) => (i * 37) % 256);

test('DER and PEM convert both ways, in 64-character lines', () => {
  const pem = derToPem(BYTES);

  expect(pem.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
  expect(pem.endsWith('\n-----END CERTIFICATE-----\n')).toBe(true);
  expect(pem.split('\n').every((line) => line.length <= 64)).toBe(true);
  expect(Array.from(pemToDer(pem))).toEqual(Array.from(BYTES));
  expect(derToPem(BYTES, 'PRIVATE KEY')).toContain('-----BEGIN PRIVATE KEY-----');
});

test('PEM blocks are read in order, with their labels, and a damaged body is reported', () => {
  const text = `junk\n${derToPem(BYTES, 'PRIVATE KEY')}\r\n${derToPem(BYTES)}\n-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----`;

  const blocks = readPemBlocks(text);

  expect(blocks.map((block) => block.label)).toEqual(['PRIVATE KEY', 'CERTIFICATE', 'CERTIFICATE']);
  expect(blocks[2]?.der).toBeNull();
  expect(readPemBlocks('no pem here')).toEqual([]);
});

test('pemToDer needs a certificate block', () => {
  expect(() => pemToDer(derToPem(BYTES, 'PRIVATE KEY'))).toThrow(/No certificate found/);
});

test('digests are upper-case hex pairs joined by colons', async () => {
  expect(toColonHex(new Uint8Array([0, 10, 255]))).toBe('00:0A:FF');
  // SHA-256 of the empty input.
  expect(await sha256Fingerprint(new Uint8Array(0))).toBe(
    'E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55',
  );
});
