import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin } from 'vite';
import { readLiveConfig } from '../server/config.ts';
import { prebuildScenarios } from '../server/prebuilt-scenarios.ts';

/**
 * `npm start` and `vite preview` (the browser tests' demo) serve the demo's prebuilt scenarios as
 * `npm run serve` does (server/prebuilt-scenarios.ts), built when the server starts. Live mode has none.
 */
export function prebuiltScenarios(env: Record<string, string | undefined> = process.env): Plugin {
  const { live } = readLiveConfig(env);
  const attach = (server: {
    middlewares: Connect.Server;
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }) => {
    if (live) return;
    const scenarios = prebuildScenarios();
    server.httpServer?.once('close', scenarios.stop);
    const answer = getRequestListener(
      (request) =>
        scenarios.answer(
          new URL(request.url).pathname,
          request.headers.get('accept-encoding') ?? undefined,
        ) ?? new Response('Not found', { status: 404 }),
      { overrideGlobalObjects: false },
    );
    server.middlewares.use('/demo-data/', (req, res) => {
      // Connect strips the mount path from req.url; the scenarios answer by the whole path.
      req.url = req.originalUrl ?? req.url;
      void answer(req, res);
    });
  };
  return { name: 'zt-prebuilt-scenarios', configureServer: attach, configurePreviewServer: attach };
}
