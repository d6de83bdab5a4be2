import { startBrowserMock } from '../../mocks/browser';
import { DEMO_ACCOUNT_ID } from './app-config';

/**
 * Mock mode only, loaded with a dynamic import so the live build's first screen carries none of it:
 * starts the simulated API, then applies `?scenario=NAME` to the account in the URL.
 * Returns a notice to show, if any.
 */
export async function startMock(): Promise<string | null> {
  const { store, resetNotice } = await startBrowserMock();
  const url = new URL(window.location.href);
  const scenario = url.searchParams.get('scenario');
  if (scenario === null) return resetNotice;

  const accountId = (/^\/accounts\/([^/]+)/.exec(url.pathname)?.[1] ?? DEMO_ACCOUNT_ID).toLowerCase();
  // Drop the parameter first, so a reload keeps what the user did instead of resetting again.
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
  try {
    await store.applyScenario(accountId, scenario);
    return resetNotice;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
