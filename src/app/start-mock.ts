import { STORAGE_KEY, startBrowserMock } from '../../mocks/browser';
import { pinTabClock } from '../../mocks/clock/tab-clock';
import { applyUrlControls } from '../../mocks/demo-url';
import { readUrlControls } from '../../mocks/url-controls';
import { setClockOffset } from '../lib/clock';
import { yieldToPage } from '../lib/yield-to-page';
import { DEMO_ACCOUNT_ID } from './app-config';
import type { ScenarioRequest } from './scenario-request';

const accountInPath = () =>
  (/^\/accounts\/([^/]+)/.exec(window.location.pathname)?.[1] ?? DEMO_ACCOUNT_ID).toLowerCase();

const asParams = (request: ScenarioRequest) =>
  new URLSearchParams(
    Object.entries({ scenario: request.name, now: request.now, latency: request.latency }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );

/**
 * Mock mode only, loaded with a dynamic import so the live build's first screen carries none of it:
 * starts the simulated API, applying what the address asked for (`?scenario=`, `?now=`, `?latency=`)
 * while the service worker starts, and sets the screen's clock to the account's. Returns a notice to
 * show, if any.
 */
export async function startMock(request: ScenarioRequest | null): Promise<string | null> {
  // The mock's code has just been evaluated, a task of its own: what follows runs in the next ones.
  await yieldToPage();
  const controls = request ? readUrlControls(asParams(request)) : null;
  // `?now=` pins this tab's clock before the mock answers anything.
  if (controls?.nowMs != null) pinTabClock(controls.nowMs);
  let problems: string[] = [];
  const { store, resetNotice } = await startBrowserMock(async (started) => {
    if (request && controls) problems = await applyUrlControls(started, request.accountId, controls);
    // A first visit seeds its account while the worker starts, not on the first request after it. Should
    // that fail, the first request tries again and its answer says why.
    await started.prepareAccount(accountInPath()).catch(() => undefined);
  });
  // The screen's "today" is the mock's: both read this account's clock (another tab may move it).
  const followClock = () => setClockOffset(store.clock(accountInPath()) - Date.now());
  followClock();
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) followClock();
  });
  const notices = [resetNotice, ...problems].filter((notice) => notice !== null);
  return notices.length > 0 ? notices.join(' ') : null;
}
