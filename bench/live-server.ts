// Live mode for the timings: the project's own server (`npm run serve`) in live mode, with the simulated
// Cloudflare API (`npm run mock-api`) standing in for api.cloudflare.com. Nothing leaves 127.0.0.1.
import { freePort, startScript, stopScript, waitForHttp } from './serve.ts';

export type LiveServer = { url: string; accountId: string; close: () => Promise<void> };

export async function startLiveServer(distDir: string, accountId: string): Promise<LiveServer> {
  const apiPort = await freePort(4750);
  const api = startScript('mocks/serve.ts', { PORT: String(apiPort), HOST: '127.0.0.1' });
  const children = [api.child];
  try {
    await waitForHttp(`http://127.0.0.1:${apiPort}/`, api.child, api.output, 'The mock API');
    const port = await freePort(apiPort + 1);
    const site = startScript('server/serve.ts', {
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: distDir,
      CLOUDFLARE_API_TOKEN: 'bench-token-not-a-secret',
      CLOUDFLARE_ACCOUNT_ID: accountId,
      CLOUDFLARE_API_BASE_URL: `http://127.0.0.1:${apiPort}/client/v4`,
    });
    children.push(site.child);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/`, site.child, site.output, 'The live server');
    return { url, accountId, close: async () => void (await Promise.all(children.map(stopScript))) };
  } catch (error) {
    await Promise.all(children.map(stopScript));
    throw error;
  }
}
