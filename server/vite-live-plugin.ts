import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { readLiveConfig } from './config.ts';
import { envelopeError, ServerErrorCode } from './envelope.ts';
import { injectLiveMeta } from './index-html.ts';
import { API_PREFIX, createApiProxy } from './proxy.ts';
import { allowedHostnames, isAllowedHost } from './request-guard.ts';
import { DEV_SECURITY_HEADERS } from './security-headers.ts';

/**
 * `npm start` in live mode: when CLOUDFLARE_API_TOKEN is set, the Vite dev server forwards
 * `/client/v4` through the same allow-list and proxy as `npm run serve`, and index.html gets the
 * live meta tag. Without a token it only adds the dev security headers (mock demo as before).
 */
export function liveMode(env: Record<string, string | undefined> = process.env): Plugin {
  const { live, warnings } = readLiveConfig(env);
  return {
    name: 'zt-console-live-mode',
    apply: 'serve',
    configureServer(server) {
      for (const warning of warnings) server.config.logger.warn(`Warning: ${warning}`);
      const forward = live
        ? getRequestListener(createApiProxy(live, (line) => server.config.logger.info(line)).fetch, {
            overrideGlobalObjects: false,
          })
        : null;
      // This middleware runs before Vite's own (and its Host check), so it checks the Host itself.
      const { host, allowedHosts } = server.config.server;
      const hosts = allowedHostnames(
        typeof host === 'string' ? host : 'localhost',
        Array.isArray(allowedHosts) ? allowedHosts : [],
      );
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(DEV_SECURITY_HEADERS)) res.setHeader(name, value);
        if (!forward || !(req.url === API_PREFIX || req.url?.startsWith(`${API_PREFIX}/`))) return next();
        if (!isAllowedHost(req.headers.host, hosts)) {
          const refused = envelopeError(403, ServerErrorCode.unknownHost, 'Refused: unknown Host header.');
          res.writeHead(refused.status, { 'content-type': 'application/json' });
          void refused.text().then((body) => res.end(body));
          return;
        }
        // Connect leaves req.url whole here, so the proxy sees the full /client/v4 path.
        void forward(req, res);
      });
      if (live) {
        server.httpServer?.once('listening', () =>
          server.config.logger.info(`  Live mode: account ${live.accountId}, API ${live.apiBaseUrl}`),
        );
      }
    },
    transformIndexHtml(html) {
      return live ? injectLiveMeta(html, live.accountId) : html;
    },
  };
}
