import { type Env, Hono, type MiddlewareHandler } from 'hono';
import { envelopeError, ServerErrorCode } from './envelope.ts';
import { API_PREFIX, createApiProxy, type Log, type Upstream } from './proxy.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

export type ConsoleAppOptions<E extends Env> = {
  /** Live mode's upstream; `null` is the mock demo. */
  live: Upstream | null;
  /**
   * Checks that run on every request before the API and the site, in order: who may ask (the
   * Host check of `npm run serve`, Cloudflare Access on the edge). Their refusals get the headers too.
   */
  guards: MiddlewareHandler<E>[];
  /** The built dashboard: files from disk for `npm run serve`, the Workers assets on the edge. */
  site: Hono<E>;
  log?: Log;
  fetchImpl?: typeof fetch;
  /** Who failed, in the 500 message: "The local server", "The console's Worker". */
  serverName?: string;
};

/**
 * The console as one Hono app, free of any runtime's APIs so that node and workerd run the same
 * code: security headers on everything, the guards, the API proxy at `/client/v4` in live mode
 * (every API path is a 404 in the mock demo, whose API lives in the browser), and the site on
 * every other path.
 */
export function createConsoleApp<E extends Env>({
  live,
  guards,
  site,
  log = console.log,
  fetchImpl = fetch,
  serverName = 'The local server',
}: ConsoleAppOptions<E>): Hono<E> {
  const app = new Hono<E>();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  for (const guard of guards) app.use('*', guard);

  if (live) {
    app.route(API_PREFIX, createApiProxy(live, log, fetchImpl));
  } else {
    app.all(`${API_PREFIX}/*`, () =>
      envelopeError(
        404,
        ServerErrorCode.notForwarded,
        'This server runs the mock demo (no CLOUDFLARE_API_TOKEN): the API is simulated in the browser.',
      ),
    );
  }

  app.route('/', site);

  app.onError((error, c) => {
    if (c.req.raw.signal.aborted) {
      // The browser went away (a closed tab, a reload): nobody is left to answer, nothing failed.
      log(`${c.req.method} ${c.req.path}: the client hung up`);
      return new Response(null, { status: 400 });
    }
    log(
      `internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return envelopeError(500, ServerErrorCode.internal, `${serverName} failed unexpectedly. Try again.`);
  });
  return app;
}
