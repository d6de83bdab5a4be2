// The bench serves every build through the project's own server, `npm run serve` (server/serve.ts), as
// users run it: the same headers, caching and compression (whatever the server does, the bench measures).
// The console's demo, the floor and the demo floor are served as built; live mode is in live-server.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type StaticServer = { url: string; close: () => Promise<void> };

/** A port in the bench's range (4700-4799) that nothing listens on now. */
export async function freePort(from = 4700, to = 4799): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}.`);
}

/** Runs one of the project's scripts (`npm run serve`, `npm run mock-api`) with tsx, as npm would. */
export function startScript(
  script: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  let output = '';
  // Without a token the server is the mock demo, whatever the caller's environment holds.
  const { CLOUDFLARE_API_TOKEN: _, CLOUDFLARE_ACCOUNT_ID: __, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...inherited, ...env },
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

export async function waitForHttp(url: string, child: ChildProcess, output: () => string, what: string) {
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

export const stopScript = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};

/** `npm run serve` for the build in `distDir` (no token: served as built, the mock demo for the console). */
export async function serveBuild(distDir: string): Promise<StaticServer> {
  const port = await freePort();
  const server = startScript('server/serve.ts', { PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, server.child, server.output, `npm run serve (${distDir})`);
  } catch (error) {
    await stopScript(server.child);
    throw error;
  }
  return { url, close: () => stopScript(server.child) };
}
