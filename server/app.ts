import { Hono, type MiddlewareHandler } from 'hono';
import type { ServerConfig } from './config.ts';
import { createConsoleApp } from './console-app.ts';
import { envelopeError, ServerErrorCode } from './envelope.ts';
import type { PrebuiltScenarios } from './prebuilt-scenarios.ts';
import { API_PREFIX, type Log } from './proxy.ts';
import { allowedHostnames, isAllowedHost } from './request-guard.ts';
import { createStaticSite } from './static-site.ts';

export type AppOptions = {
  log?: Log;
  fetchImpl?: typeof fetch;
  /** The demo's prebuilt scenarios (server/prebuilt-scenarios.ts); never served in live mode. */
  prebuilt?: PrebuiltScenarios;
};

/**
 * `npm run serve`'s app: the console (server/console-app.ts) with a Host check against DNS
 * rebinding and the built dashboard read from `distDir`; in the demo, the scenarios it prebuilt.
 */
export function createApp(
  config: Pick<ServerConfig, 'distDir' | 'host' | 'allowedHosts' | 'live'>,
  { log = console.log, fetchImpl = fetch, prebuilt }: AppOptions = {},
): Hono {
  const site = new Hono();
  if (prebuilt && !config.live) {
    site.get('/demo-data/*', async (c, next) => {
      const answer = prebuilt.answer(c.req.path, c.req.header('accept-encoding'));
      return answer ?? next();
    });
  }
  site.route(
    '/',
    createStaticSite({ distDir: config.distDir, liveAccountId: config.live?.accountId ?? null }),
  );
  return createConsoleApp({
    live: config.live,
    guards: [hostGuard(allowedHostnames(config.host, config.allowedHosts))],
    site,
    log,
    fetchImpl,
  });
}

function hostGuard(hosts: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (isAllowedHost(c.req.header('host'), hosts)) return next();
    const message = `Refused: unknown Host header. This server answers to ${hosts.join(', ')} (add others with ALLOWED_HOSTS).`;
    return c.req.path.startsWith(API_PREFIX)
      ? envelopeError(403, ServerErrorCode.unknownHost, message)
      : c.text(message, 403);
  };
}
