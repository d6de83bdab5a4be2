import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ConfigError, readLiveConfig } from '../server/config.ts';
import { readAccessConfig } from './access-config.ts';

type Env = Record<string, string | undefined>;

/** The Worker's plain vars, passed with --var; the token is a secret and never one of them. */
const VARS = [
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_API_BASE_URL',
  'UPSTREAM_TIMEOUT_MS',
  'ACCESS_TEAM_DOMAIN',
  'ACCESS_AUD',
  'ACCESS_DISABLED',
] as const;

export type WranglerRun = { args: string[]; env: Env; warnings: string[] };

const varArgs = (env: Env) =>
  VARS.flatMap((name) => {
    const value = env[name]?.trim();
    return value ? ['--var', `${name}:${value}`] : [];
  });

/**
 * `npm run edge`: wrangler dev on 127.0.0.1:PORT (default 8787) with the vars from the
 * environment; wrangler reads CLOUDFLARE_API_TOKEN from the environment itself (it is a
 * required secret in wrangler.jsonc), so the token is on no command line.
 */
export function devRun(env: Env, extra: string[] = []): WranglerRun {
  const { live, warnings } = readLiveConfig(env);
  if (!live) warnings.push('No CLOUDFLARE_API_TOKEN: the Worker serves the mock demo.');
  if (readAccessConfig(env).mode === 'off') {
    warnings.push('ACCESS_DISABLED=true: no sign-in check, for this machine only (loopback).');
  }
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new ConfigError(`PORT is not a port: ${env.PORT}`);
  return {
    args: ['dev', '--ip', '127.0.0.1', '--port', String(port), ...varArgs(env), ...extra],
    env: { ...env, WRANGLER_SEND_METRICS: env.WRANGLER_SEND_METRICS ?? 'false' },
    warnings,
  };
}

/**
 * `npm run deploy`: wrangler deploy with the vars from the environment, to CONSOLE_DOMAIN when
 * set. Access must be on. The console's token is not wrangler's: wrangler signs in with
 * `wrangler login` or CLOUDFLARE_DEPLOY_TOKEN (a token that may edit Workers).
 */
export function deployRun(env: Env, extra: string[] = []): WranglerRun {
  if (env.ACCESS_DISABLED?.trim() === 'true') {
    throw new ConfigError('ACCESS_DISABLED=true is for local use only: unset it to deploy.');
  }
  const access = readAccessConfig(env);
  if (access.mode === 'on' && !access.teamDomain.startsWith('https:')) {
    throw new ConfigError('ACCESS_TEAM_DOMAIN must be an https URL to deploy.');
  }
  if (!/^[0-9a-f]{32}$/.test(env.CLOUDFLARE_ACCOUNT_ID?.trim().toLowerCase() ?? '')) {
    throw new ConfigError('CLOUDFLARE_ACCOUNT_ID must be set to the 32-hex-character account id.');
  }
  const domain = env.CONSOLE_DOMAIN?.trim();
  const { CLOUDFLARE_API_TOKEN: _consoleToken, CLOUDFLARE_DEPLOY_TOKEN: deployToken, ...rest } = env;
  return {
    args: ['deploy', ...varArgs(env), ...(domain ? ['--domain', domain] : []), ...extra],
    env: {
      ...rest,
      ...(deployToken ? { CLOUDFLARE_API_TOKEN: deployToken } : {}),
      WRANGLER_SEND_METRICS: env.WRANGLER_SEND_METRICS ?? 'false',
    },
    warnings: [],
  };
}

function main() {
  const [command, ...extra] = process.argv.slice(2);
  if (command !== 'dev' && command !== 'deploy') {
    console.error('Usage: tsx edge/wrangler.ts dev|deploy [wrangler options]');
    process.exit(2);
  }
  let run: WranglerRun;
  try {
    run = command === 'dev' ? devRun(process.env, extra) : deployRun(process.env, extra);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cannot ${command === 'dev' ? 'start' : 'deploy'}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (!extra.includes('--config') && !existsSync('dist/index.html')) {
    console.error(
      `Cannot ${command === 'dev' ? 'start' : 'deploy'}: dist/index.html is missing. Run \`npm run build\` first.`,
    );
    process.exit(1);
  }
  for (const warning of run.warnings) console.warn(`Warning: ${warning}`);
  const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
  const child = spawn(process.execPath, [wrangler, ...run.args], {
    stdio: 'inherit',
    env: run.env as NodeJS.ProcessEnv,
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1]?.endsWith('edge/wrangler.ts')) main();
