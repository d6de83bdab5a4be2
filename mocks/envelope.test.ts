import { expect, test } from 'vitest';
import { success, utf8 } from './envelope';

test('utf8 writes the same bytes as TextEncoder, for ASCII and for text beyond it', () => {
  for (const text of ['', '{"name":"Gateway CA"}', 'Zürich — ✓ 🔒 certificate', 'ü'.repeat(1000)]) {
    expect([...utf8(text)], text.slice(0, 20)).toEqual([...new TextEncoder().encode(text)]);
  }
});

test('an answer says its length in bytes, and its body is the JSON envelope', async () => {
  const response = success({ name: 'Zürich ✓' });

  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  expect(await response.json()).toEqual({
    success: true,
    errors: [],
    messages: [],
    result: { name: 'Zürich ✓' },
  });
});
