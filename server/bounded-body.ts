/**
 * Reads a body as text, up to a limit, without ever holding more than the limit: a chunk at a time,
 * and the stream is cancelled (which closes the upstream connection and stops a decompressor) as
 * soon as the limit is passed. Web Streams only, so it runs in node and in workerd alike.
 */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

export async function readTextWithin(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string> {
  if (body === null) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        // Not awaited: a stalled stream may never settle its cancel, and the answer is already known.
        reader.cancel().catch(() => {});
        throw new BodyTooLargeError(`The body is larger than ${maxBytes} bytes.`);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
