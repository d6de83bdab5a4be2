import { ConfigError } from '../server/config.ts';

/** How the Worker checks who asks: Cloudflare Access (the default), or not at all on loopback. */
export type AccessConfig = { mode: 'on'; teamDomain: string; audience: string } | { mode: 'off' };

type Env = Record<string, string | undefined>;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export const isLoopback = (hostname: string) => LOOPBACK.test(hostname);

/**
 * Reads ACCESS_TEAM_DOMAIN (e.g. `https://your-team.cloudflareaccess.com`, the JWT's `iss`),
 * ACCESS_AUD (the Access application's AUD tag) and ACCESS_DISABLED. Missing settings are an
 * error, never an open door. Messages name variables, not values.
 */
export function readAccessConfig(env: Env): AccessConfig {
  if (env.ACCESS_DISABLED?.trim() === 'true') return { mode: 'off' };
  const rawDomain = env.ACCESS_TEAM_DOMAIN?.trim() ?? '';
  const audience = env.ACCESS_AUD?.trim() ?? '';
  if (rawDomain === '' || audience === '') {
    throw new ConfigError(
      'ACCESS_TEAM_DOMAIN and ACCESS_AUD must be set (the Access team domain and the application’s AUD tag), or ACCESS_DISABLED=true for local use.',
    );
  }
  let domain: URL;
  try {
    domain = new URL(rawDomain);
  } catch {
    throw new ConfigError('ACCESS_TEAM_DOMAIN must be a URL such as https://your-team.cloudflareaccess.com.');
  }
  const plainLoopback = domain.protocol === 'http:' && isLoopback(domain.hostname);
  if (domain.protocol !== 'https:' && !plainLoopback) {
    throw new ConfigError('ACCESS_TEAM_DOMAIN must be an https URL.');
  }
  if (domain.pathname !== '/' || domain.search || domain.hash || domain.username || domain.password) {
    throw new ConfigError(
      'ACCESS_TEAM_DOMAIN must be the team domain alone, such as https://your-team.cloudflareaccess.com.',
    );
  }
  // The `iss` of Access tokens is the origin, without a trailing slash.
  return { mode: 'on', teamDomain: domain.origin, audience };
}
