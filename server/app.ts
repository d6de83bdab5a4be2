import { Hono } from 'hono';
import type { ServerConfig } from './config.ts';
import { envelopeError, ServerErrorCode } from './envelope.ts';
import { API_PREFIX, createApiProxy, type Log } from './proxy.ts';
import { allowedHostnames, isAllowedHost } from './request-guard.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { createStaticSite } from './static-site.ts';

/**
 * The whole server as one Hono app: security headers and a Host check on everything, the API
 * proxy at `/client/v4` in live mode (every API path is a 404 in the mock demo, whose API lives in
 * the browser), and the built dashboard on every other path.
 */
export function createApp(
  config: Pick<ServerConfig, 'distDir' | 'host' | 'allowedHosts' | 'live'>,
  { log = console.log, fetchImpl = fetch }: { log?: Log; fetchImpl?: typeof fetch } = {},
): Hono {
  const app = new Hono();
  const hosts = allowedHostnames(config.host, config.allowedHosts);

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.use('*', async (c, next) => {
    if (isAllowedHost(c.req.header('host'), hosts)) return next();
    const message = `Refused: unknown Host header. This server answers to ${hosts.join(', ')} (add others with ALLOWED_HOSTS).`;
    return c.req.path.startsWith(API_PREFIX)
      ? envelopeError(403, ServerErrorCode.unknownHost, message)
      : c.text(message, 403);
  });

  if (config.live) {
    app.route(API_PREFIX, createApiProxy(config.live, log, fetchImpl));
  } else {
    app.all(`${API_PREFIX}/*`, () =>
      envelopeError(
        404,
        ServerErrorCode.notForwarded,
        'This server runs the mock demo (no CLOUDFLARE_API_TOKEN): the API is simulated in the browser.',
      ),
    );
  }

  app.route(
    '/',
    createStaticSite({ distDir: config.distDir, liveAccountId: config.live?.accountId ?? null }),
  );

  app.onError((error, c) => {
    if (c.req.raw.signal.aborted) {
      // The browser went away (a closed tab, a reload): nobody is left to answer, nothing failed.
      log(`${c.req.method} ${c.req.path}: the client hung up`);
      return new Response(null, { status: 400 });
    }
    log(
      `internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return envelopeError(500, ServerErrorCode.internal, 'The local server failed unexpectedly. Try again.');
  });
  return app;
}
