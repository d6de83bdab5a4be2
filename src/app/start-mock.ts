import { startBrowserMock } from '../../mocks/browser';
import type { ScenarioRequest } from './scenario-request';

/**
 * Mock mode only, loaded with a dynamic import so the live build's first screen carries none of it:
 * starts the simulated API, applying the scenario the address asked for, if any, while the service
 * worker starts. Returns a notice to show, if any.
 */
export async function startMock(scenario: ScenarioRequest | null): Promise<string | null> {
  let scenarioProblem: string | null = null;
  const { resetNotice } = await startBrowserMock(async (store) => {
    if (scenario === null) return;
    try {
      await store.applyScenario(scenario.accountId, scenario.name);
    } catch (error) {
      scenarioProblem = error instanceof Error ? error.message : String(error);
    }
  });
  return scenarioProblem ?? resetNotice;
}
