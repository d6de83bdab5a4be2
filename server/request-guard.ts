/**
 * Who may use the server: pages of this origin only. Two checks, both plain header reads:
 * - the Host header must name this machine, so a DNS-rebinding page (evil.example resolving to
 *   127.0.0.1) cannot talk to it as if it were same-origin;
 * - API requests must come from this origin (Sec-Fetch-Site, else Origin), so another site cannot
 *   make the browser generate, activate or delete certificates with the server's token.
 */

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The host names a request may name: loopback, plus the listening host when it is a specific one. */
export function allowedHostnames(listenHost: string, extra: readonly string[] = []): string[] {
  const hosts = new Set(LOOPBACK_HOSTS);
  const bracketed = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
  if (!['0.0.0.0', '[::]', ''].includes(bracketed)) hosts.add(bracketed.toLowerCase());
  for (const host of extra) hosts.add(host.toLowerCase());
  return [...hosts];
}

/** `127.0.0.1:4173` -> `127.0.0.1`, `[::1]:80` -> `[::1]`; `null` when there is no Host header. */
export function hostnameOf(hostHeader: string | null | undefined): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? null : host.slice(0, end + 1);
  }
  return host.split(':')[0] ?? null;
}

export function isAllowedHost(hostHeader: string | null | undefined, allowed: readonly string[]): boolean {
  const hostname = hostnameOf(hostHeader);
  return hostname !== null && allowed.includes(hostname);
}

/**
 * Why a request to the API is refused as coming from another site, or `null` when it may go on.
 * A request with neither header is not from a browser page (curl, a script) and may go on.
 */
export function crossSiteRefusal(headers: Headers): string | null {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null) {
    // `same-site` is refused too: another port of localhost is another origin.
    if (fetchSite === 'same-origin' || fetchSite === 'none') return null;
    return `Refused: the request came from another site (Sec-Fetch-Site: ${fetchSite.slice(0, 40)}). Only this dashboard's own pages may use this server.`;
  }
  const origin = headers.get('origin');
  if (origin === null) return null;
  const host = headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = origin === 'null' ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== null && host !== null && originHost.toLowerCase() === host.toLowerCase()) return null;
  return `Refused: the request came from another origin (${origin.slice(0, 100)}). Only this dashboard's own pages may use this server.`;
}
