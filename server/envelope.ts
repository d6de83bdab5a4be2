/**
 * The v4 envelope for the errors this server answers itself. The codes are the server's own
 * (Cloudflare's are 1000 to 9000-odd); the README lists them.
 */
export const ServerErrorCode = {
  /** A request body that does not parse as JSON, or did not arrive whole. */
  badBody: 9400,
  notForwarded: 9404,
  crossSite: 9403,
  unknownHost: 9421,
  bodyTooLarge: 9413,
  notJson: 9415,
  unreachable: 9502,
  upstreamFailed: 9503,
  timeout: 9504,
  notAnEnvelope: 9505,
  answerTooLarge: 9506,
  internal: 9500,
} as const;

export function envelopeError(status: number, code: number, message: string): Response {
  return Response.json(
    { success: false, errors: [{ code, message }], messages: [], result: null },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type Envelope = { success: boolean; errors: { code?: unknown; message: string }[] };

/** Reads text as a v4 envelope; anything else (HTML, an empty body, other JSON) is `null`. */
export function parseEnvelope(text: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.success !== 'boolean') return null;
  const errors = Array.isArray(value.errors)
    ? value.errors.filter(
        (error): error is { code?: unknown; message: string } =>
          isRecord(error) && typeof error.message === 'string',
      )
    : [];
  return { success: value.success, errors };
}
