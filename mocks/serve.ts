import { createServer, type IncomingMessage } from 'node:http';
import { getResponse } from 'msw';
import { failure } from './envelope';
import { createHandlers } from './handlers';
import { MockStore } from './store/mock-store';
import { memoryPersistence } from './store/persistence';

/**
 * `npm run mock-api`: the simulated Cloudflare API over plain HTTP, standing in for
 * api.cloudflare.com when live mode is tested. Same handlers as the browser and Vitest.
 */
const port = Number(process.env.PORT ?? 8788);
const host = process.env.HOST ?? '127.0.0.1';
const pendingMs = process.env.MOCK_PENDING_MS ? Number(process.env.MOCK_PENDING_MS) : undefined;
// Optional, for live-mode tests: demand this bearer token, as Cloudflare does, so a passing test proves it arrived.
const requiredToken = process.env.MOCK_API_TOKEN || undefined;

const store = new MockStore({ persistence: memoryPersistence(), pendingMs });
const handlers = createHandlers(store);

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(`http://${host}:${port}${incoming.url ?? '/'}`, {
    method: incoming.method,
    headers,
    body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
  });
}

const server = createServer(async (incoming, outgoing) => {
  const request = await toRequest(incoming);
  const authorized = !requiredToken || request.headers.get('authorization') === `Bearer ${requiredToken}`;
  const response = !authorized
    ? failure(403, 10000, 'Authentication error')
    : ((await getResponse(handlers, request)) ??
      failure(404, 7003, 'No route for that URI. The mock API serves only /client/v4.'));
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(port, host, () => {
  console.log(`Mock Cloudflare API listening on http://${host}:${port}/client/v4`);
});
