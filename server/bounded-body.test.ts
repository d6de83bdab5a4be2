// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { BodyTooLargeError, readTextWithin } from './bounded-body.ts';

/** A stream of `count` chunks of `size` bytes, that records whether it was cancelled and how far it was read. */
function source(count: number, size: number, text = 'é') {
  const bytes = new TextEncoder().encode(text.repeat(size / 2));
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === count) return controller.close();
      seen.pulled++;
      controller.enqueue(bytes);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe('reading a body within a limit', () => {
  test('returns the whole text when it fits, a character split across chunks included', async () => {
    const { stream } = source(3, 1001 * 2);
    const text = await readTextWithin(stream, 10_000);
    expect(text).toBe('é'.repeat(3 * 1001));
    // 'é' is two bytes, here split across two chunks.
    const [a, first, second] = [0x61, 0xc3, 0xa9];
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([a, first]));
        controller.enqueue(new Uint8Array([second]));
        controller.close();
      },
    });
    expect(await readTextWithin(split, 10)).toBe('aé');
  });

  test('stops at the first chunk past the limit, and cancels the source', async () => {
    const { stream, seen } = source(1000, 1024);
    await expect(readTextWithin(stream, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(seen.pulled).toBeLessThanOrEqual(12);
    expect(seen.cancelled).toBe(true);
  });

  test('no body is empty text', async () => {
    expect(await readTextWithin(null, 10)).toBe('');
  });
});
