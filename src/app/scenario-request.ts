import { DEMO_ACCOUNT_ID } from './app-config';

export type ScenarioRequest = { name: string; accountId: string };

/**
 * Mock mode: `?scenario=NAME` asks for a demo scenario on the account in the address. The parameter
 * is taken out before the router first reads the address (the mock starts after the first render),
 * so no link carries it on, and a reload keeps what the user did instead of resetting again.
 */
export function takeScenarioRequest(): ScenarioRequest | null {
  const url = new URL(window.location.href);
  const name = url.searchParams.get('scenario');
  if (name === null) return null;
  const accountId = (/^\/accounts\/([^/]+)/.exec(url.pathname)?.[1] ?? DEMO_ACCOUNT_ID).toLowerCase();
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
  return { name, accountId };
}
