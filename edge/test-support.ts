import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/**
 * Test helpers for the Worker: workerd started the way `npm run edge` starts it, and a stand-in
 * for the Access team domain with keys made here. Shared by Vitest (edge/) and Playwright (e2e/edge/).
 */

const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export const ACCESS_AUD = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const KID = 'team-key-1';

export type Started = { url: string; output: () => string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

const running = new Set<ChildProcess>();

/** Stops every process these helpers started, even those that never said they were ready. */
export const stopAllProcesses = () => Promise.all([...running].map((child) => stopper(child)()));

/**
 * Stops a child and everything it started: it leads its own process group (`detached`), and the
 * whole group gets the signal, so no wrangler or workerd outlives the test if a parent in the
 * chain (tsx, the runner, wrangler's launcher) exits before passing the signal on.
 */
function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    });
}

/** Starts `node <args>` in the project and waits until its output says it is ready. */
function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, url: string): Promise<Started> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString('utf8'));
      if (ready.test(output)) done({ url, output: () => output, stop: stopper(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited (${code}):\n${output}`)));
  });
}

/** `npm run deploy`'s runner with `args` after `deploy`, to its end: its exit code and output. */
export function runDeploy(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [TSX, 'edge/wrangler.ts', 'deploy', ...args], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString('utf8'));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((done) =>
    child.once('exit', (code) => {
      running.delete(child);
      done({ code, output });
    }),
  );
}

/** `npm run mock-api` on a free port, demanding `token`. */
export async function startMockApi(token: string): Promise<Started> {
  const port = await freePort();
  return startProcess(
    [TSX, 'mocks/serve.ts'],
    { ...process.env, PORT: String(port), HOST: '127.0.0.1', MOCK_API_TOKEN: token },
    /listening on/,
    `http://127.0.0.1:${port}`,
  );
}

/** wrangler.jsonc itself, pointed at another build (its comments are whole lines). */
export function configFor(distDir: string): string {
  const text = readFileSync(join(ROOT, 'wrangler.jsonc'), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  const config = JSON.parse(text);
  delete config.$schema;
  config.main = join(ROOT, config.main);
  config.assets.directory = resolve(ROOT, distDir);
  const path = join(mkdtempSync(join(tmpdir(), 'zt-edge-')), 'wrangler.jsonc');
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

/** The Worker in workerd through edge/wrangler.ts (what `npm run edge` runs after the build). */
export async function startEdge(distDir: string, env: Record<string, string>): Promise<Started> {
  const [port, inspector] = [await freePort(), await freePort()];
  const args = ['dev', '--config', configFor(distDir), '--inspector-port', String(inspector)];
  return startProcess(
    [TSX, 'edge/wrangler.ts', ...args],
    {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CI: 'true',
      ACCESS_DISABLED: '',
      ...env,
      PORT: String(port),
    },
    /Ready on http/,
    `http://127.0.0.1:${port}`,
  );
}

export type Claims = {
  audience?: string;
  issuer?: string;
  expiresAt?: number;
  issuedAt?: number;
  foreign?: boolean;
};

/** A stand-in team domain publishing one RSA key at /cdn-cgi/access/certs, and a signer for tokens. */
export async function startAccessTeam() {
  const team = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(team.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  let keysServed = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== '/cdn-cgi/access/certs') {
      response.writeHead(404).end();
      return;
    }
    keysServed++;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const teamDomain = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** An Access token: by default valid, for `ACCESS_AUD`, from this team, for ten minutes. */
  const sign = (
    { audience, issuer, expiresAt, issuedAt, foreign: byForeign }: Claims = {},
    payload: JWTPayload = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(issuer ?? teamDomain)
      .setAudience([audience ?? ACCESS_AUD])
      .setSubject('7335d417-61da-459d-899c-0a01c76a2f94')
      .setIssuedAt(issuedAt ?? now)
      .setExpirationTime(expiresAt ?? now + 600)
      .sign(byForeign ? foreign.privateKey : team.privateKey);
  };

  return {
    teamDomain,
    sign,
    keysServed: () => keysServed,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
