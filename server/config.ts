import * as v from 'valibot';
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

const ACCOUNT_ID_MESSAGE =
  'CLOUDFLARE_ACCOUNT_ID must be set to the 32-hex-character account id (Cloudflare dashboard › Account home › Account ID) when CLOUDFLARE_API_TOKEN is.';

/** A plain http(s) base URL: no credentials, query or fragment, and no trailing slash. */
const apiBaseUrl = v.pipe(
  v.string(),
  v.trim(),
  v.transform((value) => value || DEFAULT_API_BASE_URL),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return new URL(dataset.value);
    } catch {
      addIssue({ message: `CLOUDFLARE_API_BASE_URL is not a URL: ${dataset.value}` });
      return NEVER;
    }
  }),
  v.check(
    (base) => base.protocol === 'https:' || base.protocol === 'http:',
    'CLOUDFLARE_API_BASE_URL must be an http(s) URL.',
  ),
  v.check(
    (base) => !(base.username || base.password || base.search || base.hash),
    'CLOUDFLARE_API_BASE_URL must be a plain base URL, without credentials, query or fragment.',
  ),
);

/** Live mode's variables, declared once: each check's message names its variable, never the token's value. */
const liveEnv = v.object({
  CLOUDFLARE_API_TOKEN: v.pipe(
    v.string(),
    v.regex(/^[\x21-\x7e]+$/, 'CLOUDFLARE_API_TOKEN has spaces or characters a token cannot have.'),
  ),
  CLOUDFLARE_ACCOUNT_ID: v.pipe(
    v.optional(v.string(), ''),
    v.trim(),
    v.toLowerCase(),
    v.regex(/^[0-9a-f]{32}$/, ACCOUNT_ID_MESSAGE),
  ),
  CLOUDFLARE_API_BASE_URL: v.optional(apiBaseUrl, ''),
  UPSTREAM_TIMEOUT_MS: v.pipe(
    v.optional(v.string(), '30000'),
    v.transform(Number),
    v.check(
      (ms) => Number.isFinite(ms) && ms > 0,
      'UPSTREAM_TIMEOUT_MS must be a positive number of milliseconds.',
    ),
  ),
});

/** Throws the first failed check's message, which names the variable. */
function parseEnv<S extends v.GenericSchema>(schema: S, env: Env): v.InferOutput<S> {
  const result = v.safeParse(schema, env, { abortEarly: true });
  if (!result.success) throw new ConfigError(result.issues[0].message);
  return result.output;
}

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
  const read = parseEnv(liveEnv, { ...env, CLOUDFLARE_API_TOKEN: token });
  const base = read.CLOUDFLARE_API_BASE_URL;
  if (base.protocol === 'http:' && !LOOPBACK.test(base.hostname)) {
    warnings.push(
      `CLOUDFLARE_API_BASE_URL is plain http to ${base.host}: the token would cross the network unencrypted.`,
    );
  }
  return {
    live: {
      token,
      accountId: read.CLOUDFLARE_ACCOUNT_ID,
      apiBaseUrl: base.href.replace(/\/+$/, ''),
      timeoutMs: read.UPSTREAM_TIMEOUT_MS,
    },
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
