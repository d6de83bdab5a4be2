import type { MockStore } from './store/mock-store';
import type { UrlControls } from './url-controls';

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
