// Live mode for the timings: the project's own server (`npm run serve`) in live mode, with the simulated
// Cloudflare API (`npm run mock-api`) standing in for api.cloudflare.com. Nothing leaves 127.0.0.1.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { freePort } from './serve.ts';

export type LiveServer = { url: string; accountId: string; close: () => Promise<void> };

function start(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  return { child, output: () => output };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, what: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited: ${output().trim()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${what} did not answer within 30 s: ${output().trim()}`);
}

const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};

export async function startLiveServer(distDir: string, accountId: string): Promise<LiveServer> {
  const apiPort = await freePort(4750);
  const api = start('mocks/serve.ts', { PORT: String(apiPort), HOST: '127.0.0.1' });
  const children = [api.child];
  try {
    await waitForHttp(`http://127.0.0.1:${apiPort}/`, api.child, api.output, 'The mock API');
    const port = await freePort(apiPort + 1);
    const site = start('server/serve.ts', {
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
    return { url, accountId, close: async () => void (await Promise.all(children.map(stop))) };
  } catch (error) {
    await Promise.all(children.map(stop));
    throw error;
  }
}
