// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ConfigError, DEFAULT_API_BASE_URL, readLiveConfig, readServerConfig } from './config.ts';

const TOKEN = 'abcDEF123_-secret-token';
const ACCOUNT = '0123456789ABCDEF0123456789abcdef';

describe('reading the environment', () => {
  test('no token: the mock demo on 127.0.0.1:4173 from dist/', () => {
    expect(readServerConfig({})).toEqual({
      port: 4173,
      host: '127.0.0.1',
      distDir: 'dist',
      allowedHosts: [],
      live: null,
      warnings: [],
    });
  });

  test('an empty token is no token, and an account id alone says the demo is served', () => {
    const { live, warnings } = readLiveConfig({ CLOUDFLARE_API_TOKEN: '  ', CLOUDFLARE_ACCOUNT_ID: ACCOUNT });
    expect(live).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/CLOUDFLARE_API_TOKEN is not: serving the mock demo/)]);
  });

  test('token and account: live against Cloudflare, the account in lower case, 30 s timeout', () => {
    const config = readServerConfig({
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      PORT: '9000',
      DIST_DIR: 'dist-live',
    });
    expect(config.live).toEqual({
      token: TOKEN,
      accountId: ACCOUNT.toLowerCase(),
      apiBaseUrl: DEFAULT_API_BASE_URL,
      timeoutMs: 30_000,
    });
    expect(config.port).toBe(9000);
    expect(config.distDir).toBe('dist-live');
    expect(config.warnings).toEqual([]);
  });

  test('CLOUDFLARE_API_BASE_URL overrides the upstream, without its trailing slash', () => {
    const { live, warnings } = readLiveConfig({
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:8788/client/v4/',
      UPSTREAM_TIMEOUT_MS: '2500',
    });
    expect(live?.apiBaseUrl).toBe('http://127.0.0.1:8788/client/v4');
    expect(live?.timeoutMs).toBe(2500);
    expect(warnings).toEqual([]);
  });

  test('plain http to another machine, or listening beyond loopback, is warned about', () => {
    const config = readServerConfig({
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_API_BASE_URL: 'http://api.example.com/client/v4',
      HOST: '0.0.0.0',
    });
    expect(config.warnings).toEqual([
      expect.stringMatching(/plain http to api\.example\.com/),
      expect.stringMatching(/Listening on 0\.0\.0\.0, not loopback/),
    ]);
  });

  test.each([
    ['no account id', { CLOUDFLARE_API_TOKEN: TOKEN }, /CLOUDFLARE_ACCOUNT_ID must be set/],
    ['a short account id', { CLOUDFLARE_API_TOKEN: TOKEN, CLOUDFLARE_ACCOUNT_ID: 'abc' }, /32-hex/],
    ['a token with a space', { CLOUDFLARE_API_TOKEN: 'two words', CLOUDFLARE_ACCOUNT_ID: ACCOUNT }, /TOKEN/],
    [
      'a base URL that is not one',
      {
        CLOUDFLARE_API_TOKEN: TOKEN,
        CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
        CLOUDFLARE_API_BASE_URL: 'api.cloudflare.com',
      },
      /not a URL/,
    ],
    [
      'a base URL with credentials',
      {
        CLOUDFLARE_API_TOKEN: TOKEN,
        CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
        CLOUDFLARE_API_BASE_URL: 'https://u:p@api.cloudflare.com/client/v4',
      },
      /without credentials/,
    ],
    [
      'a zero timeout',
      { CLOUDFLARE_API_TOKEN: TOKEN, CLOUDFLARE_ACCOUNT_ID: ACCOUNT, UPSTREAM_TIMEOUT_MS: '0' },
      /UPSTREAM_TIMEOUT_MS/,
    ],
  ])('refuses to start with %s, and never quotes the token', (_, env, message) => {
    let thrown: unknown;
    try {
      readServerConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(TOKEN);
  });

  test('a port that is not one is refused', () => {
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(/PORT is not a port/);
  });
});
