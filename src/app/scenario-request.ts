import { DEMO_ACCOUNT_ID } from './app-config';

/** What the address asks of the demo: `?scenario=NAME`, `?now=ISO-8601`, `?latency=MS`, as written. */
export type ScenarioRequest = {
  name: string | null;
  accountId: string;
  now: string | null;
  latency: string | null;
};

const TAKEN = ['scenario', 'now', 'latency'] as const;

/**
 * Mock mode: the demo's parameters apply to the account in the address. They are taken out before the
 * router first reads the address (the mock starts after the first render), so no link carries them on,
 * and a reload keeps what the user did instead of applying them again. The mock checks their values.
 */
export function takeScenarioRequest(): ScenarioRequest | null {
  const url = new URL(window.location.href);
  const [name = null, now = null, latency = null] = TAKEN.map((param) => url.searchParams.get(param));
  if (name === null && now === null && latency === null) return null;
  const accountId = (/^\/accounts\/([^/]+)/.exec(url.pathname)?.[1] ?? DEMO_ACCOUNT_ID).toLowerCase();
  for (const param of TAKEN) url.searchParams.delete(param);
  window.history.replaceState(window.history.state, '', url);
  return { name, accountId, now, latency };
}
