/** Turns a failed upstream call into words a person can act on. No headers, so no token, in them. */

const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed before an answer',
  UND_ERR_CLOSED: 'the connection was closed before an answer',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_OVERFLOW: 'the answer had oversized headers',
  HPE_INVALID_CONSTANT: 'the answer was not HTTP',
  HPE_INVALID_STATUS: 'the answer was not HTTP',
  HPE_INVALID_HEADER_TOKEN: 'the answer was not HTTP',
};

function errorCode(error: unknown): string | undefined {
  // fetch wraps the socket's error: TypeError('fetch failed', { cause: { code } }).
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') break;
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

export function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' || errorCode(error) === 'UND_ERR_CONNECT_TIMEOUT')
  );
}

/** The innermost cause's message, e.g. fetch's "bad port" for a port browsers and fetch refuse. */
function innermostMessage(error: unknown): string | undefined {
  let message: string | undefined;
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    message = current.message;
    current = current.cause;
  }
  return message && message !== 'fetch failed' ? message.slice(0, 120) : undefined;
}

/** "the connection was refused", "a TLS certificate problem (CERT_HAS_EXPIRED)", … */
export function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  if (code && CAUSES[code]) return CAUSES[code];
  if (code && /CERT|SSL|TLS/i.test(code)) return `a TLS certificate problem (${code})`;
  const detail = code ?? innermostMessage(error);
  return detail ? `a network error (${detail})` : 'a network error';
}
