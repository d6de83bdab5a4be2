import { startBrowserMock } from '../../mocks/browser';
import type { ScenarioRequest } from './scenario-request';

/**
 * Mock mode only, loaded with a dynamic import so the live build's first screen carries none of it:
 * starts the simulated API, then applies the scenario the address asked for, if any.
 * Returns a notice to show, if any.
 */
export async function startMock(scenario: ScenarioRequest | null): Promise<string | null> {
  const { store, resetNotice } = await startBrowserMock();
  if (scenario === null) return resetNotice;
  try {
    await store.applyScenario(scenario.accountId, scenario.name);
    return resetNotice;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
