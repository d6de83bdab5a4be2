import { STORAGE_KEY, startBrowserMock } from '../../mocks/browser';
import { applyUrlControls, takeUrlControls } from '../../mocks/demo-url';
import { setClockOffset } from '../lib/clock';
import { DEMO_ACCOUNT_ID } from './app-config';

const accountInPath = () =>
  (/^\/accounts\/([^/]+)/.exec(window.location.pathname)?.[1] ?? DEMO_ACCOUNT_ID).toLowerCase();

/**
 * Mock mode only, loaded with a dynamic import so the live build's first screen carries none of it:
 * starts the simulated API, then applies `?scenario=`, `?now=` and `?latency=` to the account in the URL,
 * and sets the screen's clock to that account's. Returns a notice to show, if any.
 */
export async function startMock(): Promise<string | null> {
  const controls = takeUrlControls();
  const { store, resetNotice } = await startBrowserMock();
  const problems = await applyUrlControls(store, accountInPath(), controls);
  // The screen's "today" is the mock's: both read this account's clock (another tab may move it).
  const followClock = () => setClockOffset(store.clock(accountInPath()) - Date.now());
  followClock();
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) followClock();
  });
  const notices = [resetNotice, ...problems].filter((notice) => notice !== null);
  return notices.length > 0 ? notices.join(' ') : null;
}
