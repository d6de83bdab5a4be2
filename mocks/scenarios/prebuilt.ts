import { type ApiCertificate, apiCertificate, successEnvelope } from '../store/api-view.ts';
import { parseAccountState, parseBehaviour } from '../store/persistence.ts';
import type { AccountBehaviour, AccountState } from '../store/types.ts';
import { buildScenario, type Scenario, type ScenarioName } from './scenarios.ts';

/**
 * Scenarios the server that serves the demo builds ahead of time (server/prebuilt-scenarios.ts), so that
 * a visit does not mint them in the page: only `many`, whose 2,000 signatures take a few hundred
 * milliseconds on the page's one thread. Every other scenario is a handful of certificates, minted in
 * the page as before; so is `many` wherever no such server answers (a static copy of the build).
 *
 * The copy is the account's first list answer, byte for byte what the mock would send, with the rest of
 * the account in a header. Its 3 MB then go to the list request as they arrive, unread, and the mock
 * reads the account from the same bytes once the page has time: reading, checking and writing them
 * again before answering cost more than the rest of a first visit.
 */
export const PREBUILT_SCENARIOS = ['many'] as const satisfies readonly ScenarioName[];

export type PrebuiltScenarioName = (typeof PREBUILT_SCENARIOS)[number];

export const isPrebuilt = (name: ScenarioName): name is PrebuiltScenarioName =>
  (PREBUILT_SCENARIOS as readonly string[]).includes(name);

export const prebuiltScenarioPath = (name: PrebuiltScenarioName) => `/demo-data/scenarios/${name}.json`;

/** The header that carries what the list answer does not show of the account. */
export const PREBUILT_ACCOUNT_HEADER = 'x-demo-account';

/**
 * How far a prebuilt scenario's "now" may be from the account's: its certificates' times are those of
 * when it was built, and the server builds it again more often than this (every 15 minutes).
 */
export const PREBUILT_FRESH_MS = 30 * 60_000;

/** The account apart from its certificates, and when and for which scenario it was built. */
export type PrebuiltAccount = {
  name: PrebuiltScenarioName;
  builtAt: number;
  inUseId: string;
  generatedAt: string[];
  settings: AccountState['settings'];
  configUpdatedAt: string;
  behaviour: AccountBehaviour;
};

/** What the demo server sends: the list answer's body, and the header's text. */
export type PrebuiltCopy = { body: string; account: string };

/**
 * A scenario as the server prebuilds it. Its certificates must show everything the store keeps: none is
 * pending (so the answer does not depend on when it is read) and each changed status when it was last
 * updated (so status_changed_at, which the API does not show, is updated_at).
 */
export function prebuiltCopy(name: PrebuiltScenarioName, builtAt: number, scenario: Scenario): PrebuiltCopy {
  const { state, behaviour } = scenario;
  const hidden = state.certificates.find(
    (certificate) =>
      certificate.binding_status.startsWith('pending') ||
      certificate.status_changed_at !== certificate.updated_at,
  );
  if (hidden) throw new Error(`certificate ${hidden.id} has a state its list answer cannot show`);
  const result = state.certificates.map((certificate) => apiCertificate(state, certificate));
  const { certificates: _, ...rest } = state;
  const account: PrebuiltAccount = { name, builtAt, ...rest, behaviour };
  return { body: JSON.stringify(successEnvelope(result)), account: JSON.stringify(account) };
}

/**
 * A scenario the page takes from the server's copy: the first list answer, to send as it arrives, and
 * the account, read from the same bytes once they are in.
 */
export type PreparedScenario = {
  behaviour: AccountBehaviour;
  /** The account's first list answer, exactly as the mock would give it. */
  firstList: Response;
  /** The account, once the bytes are in; minted in the page instead if they do not hold a valid one. */
  scenario: () => Promise<Scenario>;
  /** The same at once, when the bytes are in already; undefined while they are not. */
  scenarioNow: () => Scenario | null | undefined;
  /** Starts reading the bytes into the account (scenario and scenarioNow start it too). */
  startReading: () => void;
  /** Lets the copy go, its first answer unsent: nothing more of it is downloaded. */
  drop: () => void;
};

export type BuildOrPrepare = (name: ScenarioName, now: number) => Promise<Scenario | PreparedScenario>;

export type BuildScenario = (name: ScenarioName, now: number) => Promise<Scenario>;

export const isPrepared = (built: Scenario | PreparedScenario): built is PreparedScenario =>
  'firstList' in built;

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

function readAccount(header: string | null): PrebuiltAccount | null {
  if (!header) return null;
  try {
    const account: unknown = JSON.parse(header);
    return isRecord(account) ? (account as PrebuiltAccount) : null;
  } catch {
    return null;
  }
}

/** The account in a list answer's bytes and the header's fields, checked as stored data is; or null. */
export function readPrebuiltAccount(bytes: ArrayBuffer, account: PrebuiltAccount): Scenario | null {
  let answer: unknown;
  try {
    answer = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (!isRecord(answer) || answer.success !== true || !Array.isArray(answer.result)) return null;
  const certificates = (answer.result as unknown[]).map((shown) => {
    if (!isRecord(shown)) return shown;
    const { in_use: _, ...fields } = shown as ApiCertificate;
    return { ...fields, status_changed_at: fields.updated_at };
  });
  const { name: _, builtAt: __, behaviour: shownBehaviour, ...rest } = account;
  const state = parseAccountState({ ...rest, certificates });
  const behaviour = parseBehaviour(shownBehaviour);
  return state && behaviour ? { state, behaviour } : null;
}

function prepare(
  response: Response,
  account: PrebuiltAccount,
  behaviour: AccountBehaviour,
  mint: () => Promise<Scenario>,
): PreparedScenario {
  const [toSend, toRead] = (response.body as ReadableStream<Uint8Array>).tee();
  let bytes: ArrayBuffer | null | undefined;
  // Read only once asked (the first answer going out, or anything else needing the account): read at
  // once, beside the mock's start, it made that start take ~180 ms instead of ~40 (the page's thread
  // was busy with the copy's 3 MB as the worker's messages came in), and the list went out that late.
  let received: Promise<void> | undefined;
  const startReading = () =>
    (received ??= new Response(toRead).arrayBuffer().then(
      (read) => {
        bytes = read;
      },
      () => {
        bytes = null;
      },
    ));
  let read: Scenario | null | undefined;
  const scenarioNow = () => {
    startReading();
    if (read === undefined && bytes !== undefined) {
      read = bytes === null ? null : readPrebuiltAccount(bytes, account);
      bytes = null;
    }
    return read;
  };
  const firstList = new Response(toSend, { status: 200, headers: { 'content-type': 'application/json' } });
  return {
    behaviour,
    firstList,
    startReading,
    drop: () => {
      void firstList.body?.cancel().catch(() => undefined);
      if (!received) void toRead.cancel().catch(() => undefined);
    },
    scenario: async () => {
      await startReading();
      return scenarioNow() ?? mint();
    },
    scenarioNow,
  };
}

/** The server's copy when it has one that fits `now`, else null (and the caller mints). */
export async function fetchPrebuiltScenario(
  name: PrebuiltScenarioName,
  now: number,
  fetchImpl: typeof fetch = fetch,
  mint: BuildScenario = buildScenario,
): Promise<PreparedScenario | null> {
  let response: Response;
  try {
    response =
      (await sentEarly(name)) ??
      (await fetchImpl(prebuiltScenarioPath(name), { headers: { accept: 'application/json' } }));
  } catch {
    return null;
  }
  // A server without prebuilt scenarios says 404, or (a development server) sends the page instead.
  const json = response.ok && response.headers.get('content-type')?.includes('application/json');
  const account = readAccount(response.headers.get(PREBUILT_ACCOUNT_HEADER));
  const behaviour = parseBehaviour(account?.behaviour);
  const fits =
    json &&
    response.body &&
    account?.name === name &&
    typeof account.builtAt === 'number' &&
    Math.abs(now - account.builtAt) <= PREBUILT_FRESH_MS;
  if (!fits || !account || !behaviour) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  return prepare(response, account, behaviour, () => mint(name, now));
}

/** Builds scenarios as `build` does, taking the server's prebuilt copy where there is a fresh one. */
export function withPrebuiltScenarios(
  build: BuildScenario = buildScenario,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): BuildOrPrepare {
  return async (name, now) => {
    if (isPrebuilt(name)) {
      const prebuilt = await fetchPrebuiltScenario(name, now, fetchImpl, build);
      if (prebuilt) return prebuilt;
    }
    return build(name, now);
  };
}
