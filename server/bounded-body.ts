export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * Reads a body as text, up to a limit, without ever holding more than the limit: a chunk at a time,
 * and the stream is cancelled (which closes the upstream connection and stops a decompressor) as
 * soon as the limit is passed. Web Streams only, so it runs in node and in workerd alike.
 */
export async function readTextWithin(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string> {
  if (body === null) return '';
  const reader = body.getReader();
  // The chunks are kept as they came and decoded once at the end: decoding as they come would hold
  // each byte twice (the chunk until it is collected, and its text) while an answer grows.
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        chunks.length = 0;
        // Not awaited: a stalled stream may never settle its cancel, and the answer is already known.
        reader.cancel().catch(() => {});
        throw new BodyTooLargeError(`The body is larger than ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}
