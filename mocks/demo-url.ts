import { pinTabClock } from './clock/tab-clock';
import type { MockStore } from './store/mock-store';
import { readUrlControls, URL_CONTROL_NAMES, type UrlControls } from './url-controls';

/**
 * Reads `?scenario=`, `?now=` and `?latency=` and drops them from the address, so a reload keeps what
 * the user did since instead of applying them again. `?now=` pins this tab's clock at once, before the
 * mock answers anything.
 */
export function takeUrlControls(): UrlControls {
  const url = new URL(window.location.href);
  const controls = readUrlControls(url.searchParams);
  if (URL_CONTROL_NAMES.some((name) => url.searchParams.has(name))) {
    for (const name of URL_CONTROL_NAMES) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url);
  }
  if (controls.nowMs !== null) pinTabClock(controls.nowMs);
  return controls;
}

/** Applies the scenario, then the latency (which overrides the scenario's own), to one account. */
export async function applyUrlControls(
  store: MockStore,
  accountId: string,
  controls: UrlControls,
): Promise<string[]> {
  const problems = [...controls.problems];
  if (controls.scenario !== null) {
    try {
      await store.applyScenario(accountId, controls.scenario);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (controls.latencyMs !== null) store.setBehaviour(accountId, { latencyMs: controls.latencyMs });
  return problems;
}
