import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { matchOperation } from './allow-list.ts';
import { BodyTooLargeError, readTextWithin } from './bounded-body.ts';
import { envelopeError, parseEnvelope, ServerErrorCode } from './envelope.ts';
import { crossSiteRefusal } from './request-guard.ts';
import { describeNetworkError, isTimeout } from './upstream-errors.ts';

export type Upstream = {
  /** Sent as `Authorization: Bearer …` to the upstream and nowhere else. */
  token: string;
  /** The one account this server manages (32 lower-case hex). */
  accountId: string;
  /** e.g. `https://api.cloudflare.com/client/v4`, without a trailing slash. */
  apiBaseUrl: string;
  /** How long one upstream call (answer and body) may take. */
  timeoutMs: number;
};

export type Log = (line: string) => void;

export const API_PREFIX = '/client/v4';
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The most of an upstream answer the server reads, counted after decompression (fetch decompresses
 * as it streams, so a gzip bomb stops here too). The largest real answer, a page of certificates
 * with their PEMs, is well under 1 MiB.
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Headers of the upstream's answer worth passing on; everything else (cookies above all) stays here. */
const PASSED_RESPONSE_HEADERS = ['retry-after', 'cf-ray'];

/**
 * The API half of the server, mounted at `/client/v4`: refuses other sites, checks the allow-list,
 * then forwards the call with the token and turns any upstream failure into a v4 envelope error.
 */
export function createApiProxy(upstream: Upstream, log: Log, fetchImpl: typeof fetch = fetch): Hono {
  const api = new Hono();
  const upstreamHost = new URL(upstream.apiBaseUrl).host;

  api.use('*', async (c, next) => {
    const refusal = crossSiteRefusal(c.req.raw.headers);
    if (refusal === null) return next();
    log(`refused ${c.req.method} ${new URL(c.req.url).pathname}: cross-site`);
    return envelopeError(403, ServerErrorCode.crossSite, refusal);
  });

  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () =>
        envelopeError(413, ServerErrorCode.bodyTooLarge, 'The request body is larger than 1 MiB.'),
    }),
  );

  api.all('*', async (c) => {
    const method = c.req.method;
    const url = new URL(c.req.url);
    const pathname = url.pathname.slice(API_PREFIX.length);
    // A query would change what the upstream answers (pages, filters); none of the operations takes
    // one, so it is refused rather than cut off silently. The raw URL is read, since `url.search`
    // is empty for a bare `?`.
    if (c.req.url.includes('?')) {
      log(`refused ${method} ${API_PREFIX}${pathname.slice(0, 200)}: a query string`);
      return envelopeError(
        404,
        ServerErrorCode.notForwarded,
        'This server does not forward query strings: the certificate and configuration operations take none.',
      );
    }
    const match = matchOperation(method, pathname, upstream.accountId);
    if (!match.allowed) {
      log(`refused ${method} ${API_PREFIX}${pathname.slice(0, 200)}: not in the allow-list`);
      return envelopeError(404, ServerErrorCode.notForwarded, match.reason);
    }

    const headers = new Headers({
      accept: 'application/json',
      authorization: `Bearer ${upstream.token}`,
      'user-agent': 'zt-certificates-console',
    });
    const what = `${method} ${API_PREFIX}${match.path}`;
    let body: ArrayBuffer | undefined;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      try {
        body = await c.req.arrayBuffer();
      } catch (error) {
        // The browser hung up mid-body: an everyday event (a closed tab), not the server's failure.
        if (c.req.raw.signal.aborted || isClientAbort(error)) {
          log(`${what}: the client hung up before its request arrived; nothing was forwarded`);
          return envelopeError(400, ServerErrorCode.badBody, 'The request body did not arrive whole.');
        }
        throw error;
      }
      const type = c.req.header('content-type') ?? '';
      if (body.byteLength > 0 && !/^application\/json\s*(;|$)/i.test(type)) {
        return envelopeError(415, ServerErrorCode.notJson, 'Send the request body as application/json.');
      }
      if (body.byteLength > 0) {
        if (!isJson(body)) {
          log(`refused ${what}: the body is not valid JSON`);
          return envelopeError(
            400,
            ServerErrorCode.badBody,
            'The request body is not valid JSON, so it was not sent to the Cloudflare API.',
          );
        }
        headers.set('content-type', 'application/json');
      }
    }

    const started = Date.now();
    // Aborted at the timeout, or when the answer grows past the limit (so the connection closes
    // instead of draining). One controller and a timer cleared at the end, rather than a timeout
    // signal that lives on for the whole timeout after every call.
    const cutOff = new AbortController();
    const timer = setTimeout(
      () => cutOff.abort(new DOMException('The upstream did not answer in time.', 'TimeoutError')),
      upstream.timeoutMs,
    );
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${upstream.apiBaseUrl}${match.path}`, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: cutOff.signal,
      });
      text = await readTextWithin(response.body, MAX_ANSWER_BYTES);
    } catch (error) {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (error instanceof BodyTooLargeError) {
        cutOff.abort();
        log(
          `${what} -> 502: the answer from ${upstreamHost} passed ${MAX_ANSWER_BYTES / 1024 / 1024} MiB (${ms} ms)`,
        );
        return envelopeError(
          502,
          ServerErrorCode.answerTooLarge,
          `The Cloudflare API's answer was too large (over ${MAX_ANSWER_BYTES / 1024 / 1024} MiB), so it was not passed on. Check CLOUDFLARE_API_BASE_URL.`,
        );
      }
      if (isTimeout(error)) {
        log(`${what} -> 504: no answer from ${upstreamHost} within ${upstream.timeoutMs} ms`);
        const seconds = Math.round(upstream.timeoutMs / 100) / 10;
        const unknown =
          method === 'GET'
            ? ''
            : ' The change may or may not have been made: reload to see the current state.';
        return envelopeError(
          504,
          ServerErrorCode.timeout,
          `The Cloudflare API (${upstreamHost}) did not answer within ${seconds} seconds. Try again in a moment.${unknown}`,
        );
      }
      const cause = describeNetworkError(error);
      log(`${what} -> 502: could not reach ${upstreamHost}: ${cause} (${ms} ms)`);
      return envelopeError(
        502,
        ServerErrorCode.unreachable,
        `Could not reach the Cloudflare API (${upstreamHost}): ${cause}. Check the network and CLOUDFLARE_API_BASE_URL, then try again.`,
      );
    }

    clearTimeout(timer);
    const ms = Date.now() - started;
    const status = response.status;
    const envelope = parseEnvelope(text);
    if (status >= 500) {
      const said = envelope?.errors[0]?.message;
      log(`${what} -> 502: upstream answered HTTP ${status} (${ms} ms)`);
      return envelopeError(
        502,
        ServerErrorCode.upstreamFailed,
        `The Cloudflare API had a problem (HTTP ${status})${said ? `: ${said}` : ''}. Try again in a moment.`,
      );
    }
    if (envelope === null || status < 200 || (status >= 300 && status < 400)) {
      const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
      log(`${what} -> 502: upstream answered HTTP ${status} that is not a v4 envelope (${type}, ${ms} ms)`);
      return envelopeError(
        502,
        ServerErrorCode.notAnEnvelope,
        `The Cloudflare API answered with something that is not an API response (HTTP ${status}, ${type}). Check CLOUDFLARE_API_BASE_URL.`,
      );
    }

    if (method !== 'GET' || status >= 400) log(`${what} -> ${status} (${ms} ms)`);
    const out = new Headers({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    for (const name of PASSED_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(text, { status, headers: out });
  });

  return api;
}

function isJson(body: ArrayBuffer): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return true;
  } catch {
    return false;
  }
}

/** node's request stream fails with "aborted" (ECONNRESET) when the client goes away mid-body. */
function isClientAbort(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' || code === 'ABORT_ERR' || message === 'aborted';
}
