import type { Hono, MiddlewareHandler } from 'hono';
import type { ServerConfig } from './config.ts';
import { createConsoleApp } from './console-app.ts';
import { envelopeError, ServerErrorCode } from './envelope.ts';
import { API_PREFIX, type Log } from './proxy.ts';
import { allowedHostnames, isAllowedHost } from './request-guard.ts';
import { createStaticSite } from './static-site.ts';

/**
 * `npm run serve`'s app: the console (server/console-app.ts) with a Host check against DNS
 * rebinding and the built dashboard read from `distDir`.
 */
export function createApp(
  config: Pick<ServerConfig, 'distDir' | 'host' | 'allowedHosts' | 'live'>,
  { log = console.log, fetchImpl = fetch }: { log?: Log; fetchImpl?: typeof fetch } = {},
): Hono {
  return createConsoleApp({
    live: config.live,
    guards: [hostGuard(allowedHostnames(config.host, config.allowedHosts))],
    site: createStaticSite({ distDir: config.distDir, liveAccountId: config.live?.accountId ?? null }),
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
