/**
 * The live-mode test setup, shared by playwright.config.ts (which starts the servers) and the
 * specs. Ports follow E2E_PORT so parallel runs with different ports do not collide.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4317);

/** Stands in for api.cloudflare.com: `npm run mock-api`, demanding the token below. */
export const MOCK_API_PORT = BASE_PORT + 1;
/** `npm run serve` in live mode, forwarding to the mock API. */
export const LIVE_PORT = BASE_PORT + 2;
/** `npm run serve` without a token: the mock demo, under the server's CSP. */
export const DEMO_PORT = BASE_PORT + 3;
/** `npm run serve` in live mode with an upstream where nothing listens. */
export const DEAD_UPSTREAM_PORT = BASE_PORT + 4;

export const LIVE_TOKEN = 'e2e-live-token-3f9c2a7d51b84e06';
export const LIVE_ACCOUNT_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const LIVE_DIST_DIR = `dist-e2e-live-${LIVE_PORT}`;

export const MOCK_API_BASE = `http://127.0.0.1:${MOCK_API_PORT}/client/v4`;
export const LIVE_URL = `http://127.0.0.1:${LIVE_PORT}`;
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;
export const DEAD_UPSTREAM_URL = `http://127.0.0.1:${DEAD_UPSTREAM_PORT}`;
/** A port of the range that nothing listens on, so every call is refused. */
export const DEAD_API_BASE = `http://127.0.0.1:${BASE_PORT + 9}/client/v4`;
