import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { SECURITY_HEADERS } from './security-headers.ts';

/**
 * The app on node's HTTP server, with the security headers on the answers that never reach the
 * app: node's parser refuses malformed requests itself (a bad request line, a bad header), and the
 * Hono adapter refuses requests it cannot turn into a URL (a Host like `localhost:evil`, a
 * backslash in the path). Both answer here, with the same headers as every other answer.
 */
export function createNodeServer(app: Pick<Hono, 'fetch'>): Server {
  const listener = getRequestListener(app.fetch, {
    errorHandler: (error) =>
      error instanceof RequestError
        ? refusal(400, 'Bad request.')
        : refusal(500, 'The local server failed unexpectedly. Try again.'),
  });
  const server = createServer(listener);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away (or never finished) cannot be answered: close quietly.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(rawRefusal(status));
  });
  return server;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}

/** The answer written on the socket when node's parser gives up: no request, so no Response. */
function rawRefusal(status: number): string {
  const body = `${REASONS[status] ?? 'Bad Request'}.\n`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
