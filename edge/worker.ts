import type { Hono } from 'hono';
import { ConfigError, readLiveConfig } from '../server/config.ts';
import { createConsoleApp } from '../server/console-app.ts';
import { envelopeError } from '../server/envelope.ts';
import { API_PREFIX } from '../server/proxy.ts';
import { SECURITY_HEADERS } from '../server/security-headers.ts';
import { readAccessConfig } from './access-config.ts';
import { type AccessVariables, accessGuard } from './access-guard.ts';
import { EdgeErrorCode, shortPage } from './access-refusal.ts';
import { type AssetsFetcher, createAssetsSite } from './assets-site.ts';

/** The Worker's bindings: the assets, the token (a secret) and the vars (README, "On Cloudflare's edge"). */
export type EdgeEnv = {
  ASSETS: AssetsFetcher;
  CLOUDFLARE_API_TOKEN?: string;
  CLOUDFLARE_ACCOUNT_ID?: string;
  CLOUDFLARE_API_BASE_URL?: string;
  UPSTREAM_TIMEOUT_MS?: string;
  ACCESS_TEAM_DOMAIN?: string;
  ACCESS_AUD?: string;
  ACCESS_DISABLED?: string;
};

const SETTINGS = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_API_BASE_URL',
  'UPSTREAM_TIMEOUT_MS',
  'ACCESS_TEAM_DOMAIN',
  'ACCESS_AUD',
  'ACCESS_DISABLED',
] as const;

type Built = { key: string; app: Hono<{ Variables: AccessVariables }> } | { key: string; error: string };
let built: Built | null = null;

/** The app for these settings, made once per isolate (the settings change only with a new deployment). */
function appFor(env: EdgeEnv): Built {
  const settings = Object.fromEntries(SETTINGS.map((name) => [name, env[name]]));
  const key = JSON.stringify(settings);
  if (built?.key === key) return built;
  try {
    const { live, warnings } = readLiveConfig(settings);
    for (const warning of warnings) console.warn(`Warning: ${warning}`);
    const access = readAccessConfig(settings);
    const log = (line: string) => console.log(line);
    const app = createConsoleApp({
      live,
      guards: [accessGuard(access, log)],
      site: createAssetsSite({ assets: env.ASSETS, liveAccountId: live?.accountId ?? null }),
      log,
      serverName: 'The console’s Worker',
    });
    built = { key, app };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Not configured: ${error.message}`);
    built = { key, error: error.message };
  }
  return built;
}

/** A misconfigured Worker refuses everything, with the headers, and says which setting is wrong. */
function notConfigured(request: Request, message: string): Response {
  const path = new URL(request.url).pathname;
  const text = `This console is not configured: ${message}`;
  const response = path.startsWith(API_PREFIX)
    ? envelopeError(500, EdgeErrorCode.notConfigured, text)
    : shortPage(500, 'Not configured', text);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export default {
  fetch(request: Request, env: EdgeEnv): Response | Promise<Response> {
    const current = appFor(env);
    return 'app' in current ? current.app.fetch(request, env) : notConfigured(request, current.error);
  },
};
