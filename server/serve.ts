import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { ConfigError, readServerConfig } from './config.ts';
import { createNodeServer } from './node-server.ts';
import { prebuildScenarios } from './prebuilt-scenarios.ts';

/**
 * `npm run serve`: the production build on PORT (default 4173), on 127.0.0.1 unless HOST says
 * otherwise. With CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID it is live (the API calls go to
 * Cloudflare through this server); without, it is the mock demo.
 */
function main() {
  let config: ReturnType<typeof readServerConfig>;
  try {
    config = readServerConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (!existsSync(join(config.distDir, 'index.html'))) {
    console.error(`Cannot start: ${config.distDir}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const warning of config.warnings) console.warn(`Warning: ${warning}`);

  // The demo builds its large scenario ahead, so that a visit to it need not sign 2,000 certificates.
  const app = createApp(config, { prebuilt: config.live ? undefined : prebuildScenarios() });
  const server = createNodeServer(app);
  server.listen(config.port, config.host, () => {
    const info = server.address() as AddressInfo;
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const mode = config.live
      ? `live, account ${config.live.accountId}, API ${config.live.apiBaseUrl}`
      : 'mock demo (no CLOUDFLARE_API_TOKEN)';
    console.log(`Zero Trust certificates console on http://${host}:${info.port} (${mode})`);
  });
  server.on('error', (error) => {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
