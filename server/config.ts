import type { Upstream } from './proxy.ts';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';

export type ServerConfig = {
  port: number;
  host: string;
  distDir: string;
  /** Extra host names the Host header may carry (besides loopback and `host`). */
  allowedHosts: string[];
  /** Live mode's upstream; `null` is the mock demo. */
  live: Upstream | null;
  /** Things worth telling the person who started the server. */
  warnings: string[];
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Live mode's settings from the environment, or `null` without a token. Shared by
 * `npm run serve` and the Vite dev plugin. Messages name variables, never the token's value.
 */
export function readLiveConfig(env: Env): { live: Upstream | null; warnings: string[] } {
  const token = env.CLOUDFLARE_API_TOKEN?.trim() ?? '';
  const warnings: string[] = [];
  if (token === '') {
    if (env.CLOUDFLARE_ACCOUNT_ID) {
      warnings.push('CLOUDFLARE_ACCOUNT_ID is set but CLOUDFLARE_API_TOKEN is not: serving the mock demo.');
    }
    return { live: null, warnings };
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new ConfigError('CLOUDFLARE_API_TOKEN has spaces or characters a token cannot have.');
  }
  const accountId = env.CLOUDFLARE_ACCOUNT_ID?.trim().toLowerCase() ?? '';
  if (!/^[0-9a-f]{32}$/.test(accountId)) {
    throw new ConfigError(
      'CLOUDFLARE_ACCOUNT_ID must be set to the 32-hex-character account id (Cloudflare dashboard › Account home › Account ID) when CLOUDFLARE_API_TOKEN is.',
    );
  }
  const rawBase = env.CLOUDFLARE_API_BASE_URL?.trim() || DEFAULT_API_BASE_URL;
  let base: URL;
  try {
    base = new URL(rawBase);
  } catch {
    throw new ConfigError(`CLOUDFLARE_API_BASE_URL is not a URL: ${rawBase}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new ConfigError('CLOUDFLARE_API_BASE_URL must be an http(s) URL.');
  }
  if (base.username || base.password || base.search || base.hash) {
    throw new ConfigError(
      'CLOUDFLARE_API_BASE_URL must be a plain base URL, without credentials, query or fragment.',
    );
  }
  if (base.protocol === 'http:' && !LOOPBACK.test(base.hostname)) {
    warnings.push(
      `CLOUDFLARE_API_BASE_URL is plain http to ${base.host}: the token would cross the network unencrypted.`,
    );
  }
  const timeoutMs = Number(env.UPSTREAM_TIMEOUT_MS ?? 30_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new ConfigError('UPSTREAM_TIMEOUT_MS must be a positive number of milliseconds.');
  }
  return {
    live: { token, accountId, apiBaseUrl: base.href.replace(/\/+$/, ''), timeoutMs },
    warnings,
  };
}

/** `npm run serve`'s settings. */
export function readServerConfig(env: Env): ServerConfig {
  const { live, warnings } = readLiveConfig(env);
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT is not a port: ${env.PORT}`);
  const host = env.HOST?.trim() || '127.0.0.1';
  if (live && !LOOPBACK.test(host.includes(':') ? `[${host}]` : host)) {
    warnings.push(
      `Listening on ${host}, not loopback: anyone who can reach it can use the Cloudflare token through it.`,
    );
  }
  return {
    port,
    host,
    distDir: env.DIST_DIR?.trim() || 'dist',
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    live,
    warnings,
  };
}
