import { parseAccountState, parseBehaviour } from '../store/persistence.ts';
import { buildScenario, type Scenario, type ScenarioName } from './scenarios.ts';

/**
 * Scenarios the server that serves the demo builds ahead of time (server/prebuilt-scenarios.ts), so that
 * a visit does not mint them in the page: only `many`, whose 2,000 signatures take a few hundred
 * milliseconds on the page's one thread. Every other scenario is a handful of certificates, minted in
 * the page as before; so is `many` wherever no such server answers (a static copy of the build).
 */
export const PREBUILT_SCENARIOS = ['many'] as const satisfies readonly ScenarioName[];

export type PrebuiltScenarioName = (typeof PREBUILT_SCENARIOS)[number];

export const isPrebuilt = (name: ScenarioName): name is PrebuiltScenarioName =>
  (PREBUILT_SCENARIOS as readonly string[]).includes(name);

export const prebuiltScenarioPath = (name: PrebuiltScenarioName) => `/demo-data/scenarios/${name}.json`;

/**
 * How far a prebuilt scenario's "now" may be from the account's: its certificates' times are those of
 * when it was built, and the server builds it again more often than this (every 15 minutes).
 */
export const PREBUILT_FRESH_MS = 30 * 60_000;

/** What the server sends: the scenario as `buildScenario` made it, and the time it was made for. */
export type PrebuiltScenario = { name: PrebuiltScenarioName; builtAt: number } & Scenario;

export type BuildScenario = (name: ScenarioName, now: number) => Promise<Scenario>;

declare global {
  interface Window {
    /** Requests public/mock-worker-early.js sent before the app's code arrived, by scenario. */
    __ztPrebuilt?: Partial<Record<PrebuiltScenarioName, Promise<Response | null>>>;
  }
}

/** The request the early script already sent for this scenario, if any: taken once. */
function sentEarly(name: PrebuiltScenarioName): Promise<Response | null> | undefined {
  if (typeof window === 'undefined' || !window.__ztPrebuilt) return undefined;
  const early = window.__ztPrebuilt[name];
  delete window.__ztPrebuilt[name];
  return early;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A server without prebuilt scenarios says 404, or (a development server) sends the page instead. */
const readJson = (response: Response): Promise<unknown> =>
  response.ok && response.headers.get('content-type')?.includes('application/json')
    ? response.json()
    : Promise.resolve(null);

/** The server's copy when it has one that fits `now`, else null (and the caller mints). */
export async function fetchPrebuiltScenario(
  name: PrebuiltScenarioName,
  now: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Scenario | null> {
  let body: unknown;
  try {
    const response =
      (await sentEarly(name)) ??
      (await fetchImpl(prebuiltScenarioPath(name), { headers: { accept: 'application/json' } }));
    body = await readJson(response);
  } catch {
    return null;
  }
  if (!isRecord(body) || body.name !== name || typeof body.builtAt !== 'number') return null;
  if (Math.abs(now - body.builtAt) > PREBUILT_FRESH_MS) return null;
  const state = parseAccountState(body.state);
  const behaviour = parseBehaviour(body.behaviour);
  return state && behaviour ? { state, behaviour } : null;
}

/** Builds scenarios as `build` does, taking the server's prebuilt copy where there is a fresh one. */
export function withPrebuiltScenarios(
  build: BuildScenario = buildScenario,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): BuildScenario {
  return async (name, now) => {
    if (isPrebuilt(name)) {
      const prebuilt = await fetchPrebuiltScenario(name, now, fetchImpl);
      if (prebuilt) return prebuilt;
    }
    return build(name, now);
  };
}
