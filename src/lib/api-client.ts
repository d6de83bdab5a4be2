import * as v from 'valibot';
import { ApiError, type ApiErrorDetail } from './api-error';
import { apiReady } from './api-readiness';
import { findTimestamp, humanizeTimestamps } from './format-date';
import { parseRetryAfter } from './retry-after';

export const API_BASE = '/client/v4';

export type Parser<T> = (value: unknown) => T;

export type ApiRequest<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  parse: Parser<T>;
  signal?: AbortSignal;
};

/**
 * Whether the answer to a GET of `path` is already in the page: the live server has the page preload
 * the first screen's list, and a request for it then takes a moment. (A finished load leaves a
 * resource timing entry under its full address.)
 */
export function answerArrived(path: string): boolean {
  const url = new URL(`${API_BASE}${path}`, window.location.href).href;
  return performance.getEntriesByName(url, 'resource').length > 0;
}

/** The v4 envelope: only `success` must be there; errors without a message are skipped. */
const envelopeSchema = v.object({
  success: v.boolean(),
  errors: v.fallback(v.array(v.unknown()), []),
  result: v.unknown(),
});
const errorSchema = v.object({ code: v.fallback(v.number(), 0), message: v.string() });

const readErrors = (errors: unknown[]): ApiErrorDetail[] =>
  errors.flatMap((error) => {
    const parsed = v.safeParse(errorSchema, error);
    return parsed.success ? [parsed.output] : [];
  });

/** When a 429 or 503 says to try again: its Retry-After from now, else the first time its messages name. */
function retryAtOf(response: Response, errors: ApiErrorDetail[]): number | null {
  if (response.status !== 429 && response.status !== 503) return null;
  const now = Date.now();
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  if (retryAfterMs !== null) return now + retryAfterMs;
  for (const error of errors) {
    const at = findTimestamp(error.message);
    if (at !== null) return at;
  }
  return null;
}

const fallbackMessage = (status: number) =>
  status >= 500
    ? `The Cloudflare API had a problem (HTTP ${status}). Try again in a moment.`
    : `The Cloudflare API refused the request (HTTP ${status}) without saying why.`;

/**
 * The one place that knows `fetch` and the v4 envelope: it sends JSON, reads
 * `{success, errors, messages, result}`, checks the result's shape, and throws `ApiError`.
 */
export async function apiRequest<T>(
  path: string,
  { method = 'GET', body, parse, signal }: ApiRequest<T>,
): Promise<T> {
  try {
    await apiReady();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError({
      status: 0,
      errors: [
        {
          code: 0,
          message: `The demo's simulated API could not start (${detail}). Reload the page to try again.`,
        },
      ],
    });
  }
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      signal,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      network: true,
      errors: [
        { code: 0, message: 'Could not reach the Cloudflare API. Check your connection and try again.' },
      ],
    });
  }

  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    throw new ApiError({
      status: response.status,
      errors: [
        {
          code: 0,
          message: response.ok
            ? 'The Cloudflare API answered with something that is not JSON.'
            : fallbackMessage(response.status),
        },
      ],
      retryAt: retryAtOf(response, []),
    });
  }

  const checked = v.safeParse(envelopeSchema, answer);
  if (!checked.success) {
    throw new ApiError({
      status: response.status,
      errors: [{ code: 0, message: 'The Cloudflare API answered in an unexpected format.' }],
    });
  }
  const envelope = checked.output;
  if (!envelope.success || !response.ok) {
    const errors = readErrors(envelope.errors);
    throw new ApiError({
      status: response.status,
      // A person reads these: a server's raw timestamps are written in the screen's date style.
      errors:
        errors.length > 0
          ? errors.map((error) => ({ ...error, message: humanizeTimestamps(error.message) }))
          : [{ code: 0, message: fallbackMessage(response.status) }],
      retryAt: retryAtOf(response, errors),
    });
  }
  try {
    return parse(envelope.result);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError({
      status: response.status,
      errors: [
        {
          code: 0,
          message: `The Cloudflare API answered with data this console does not understand: ${detail}`,
        },
      ],
    });
  }
}
