// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ACCOUNT, type Envelope } from './test-support';

/** `npm run mock-api` over real HTTP: the same handlers as the browser, behind node:http. */
let child: ChildProcess | undefined;
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function startServer(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'mocks/serve.ts'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        MOCK_PENDING_MS: '0',
        MOCK_API_TOKEN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`mock-api did not start:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve(server);
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock-api exited with ${code}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  child = await startServer(port);
  base = `http://127.0.0.1:${port}/client/v4`;
}, 20_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

async function call<T>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Envelope<T>,
  };
}

type Certificate = { id: string; binding_status: string; in_use: boolean };

test('lists a seeded account over HTTP', async () => {
  const reply = await call<Certificate[]>('GET', `/accounts/${ACCOUNT}/gateway/certificates`);

  expect(reply.status).toBe(200);
  expect(reply.type).toMatch(/^application\/json/);
  expect(reply.body.success).toBe(true);
  expect(reply.body.result).toHaveLength(4);
});

test('generates, and activates with MOCK_PENDING_MS=0 straight to available', async () => {
  const generated = await call<Certificate>('POST', `/accounts/${ACCOUNT}/gateway/certificates`, {
    validity_period_days: 30,
  });
  expect(generated.status).toBe(200);
  expect(generated.body.result.binding_status).toBe('inactive');

  const activated = await call<Certificate>(
    'POST',
    `/accounts/${ACCOUNT}/gateway/certificates/${generated.body.result.id}/activate`,
    {},
  );
  expect(activated.status).toBe(202);

  const read = await call<Certificate>(
    'GET',
    `/accounts/${ACCOUNT}/gateway/certificates/${generated.body.result.id}`,
  );
  expect(read.body.result.binding_status).toBe('available');
});

test('answers 404 envelopes for an unknown route, account or certificate', async () => {
  for (const path of [
    '/no/such/route',
    '/accounts/not-an-account/gateway/certificates',
    `/accounts/${ACCOUNT}/gateway/certificates/11111111-2222-4333-8444-555555555555`,
  ]) {
    const reply = await call<null>('GET', path);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ success: false, result: null });
    expect(reply.body.errors[0]?.message).toBeTruthy();
  }
  const outside = await fetch(`${base.replace('/client/v4', '')}/elsewhere`);
  expect(outside.status).toBe(404);
  expect(((await outside.json()) as Envelope<null>).errors[0]?.message).toMatch(/only \/client\/v4/);
});
