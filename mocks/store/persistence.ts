import * as v from 'valibot';
import type { AccountBehaviour, AccountState, BindingStatus } from './types';

/** Bump when the stored shape changes: older data is then reset, never misread. */
export const DB_VERSION = 1;

export type MockDb = {
  version: typeof DB_VERSION;
  accounts: Record<string, AccountState>;
  behaviours: Record<string, AccountBehaviour>;
  /** How far each account's clock runs ahead of the store's (Demo settings: Advance 30 days…), in ms. */
  clocks: Record<string, number>;
};

export type Persistence = {
  load(): string | null;
  save(serialized: string): void;
};

export const emptyDb = (): MockDb => ({ version: DB_VERSION, accounts: {}, behaviours: {}, clocks: {} });

export function memoryPersistence(initial: string | null = null): Persistence & { value: string | null } {
  return {
    value: initial,
    load() {
      return this.value;
    },
    save(serialized) {
      this.value = serialized;
    },
  };
}

export function localStoragePersistence(key: string): Persistence {
  return {
    load: () => window.localStorage.getItem(key),
    save: (serialized) => {
      try {
        window.localStorage.setItem(key, serialized);
      } catch (error) {
        // A full quota must not break the demo: the data lives on in memory for this tab.
        console.warn('Mock data could not be saved to browser storage; it will not survive a reload.', error);
      }
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const BINDING_STATUSES = [
  'inactive',
  'pending_deployment',
  'available',
  'pending_deletion',
] as const satisfies readonly BindingStatus[];

// Declared once for the check and the type. Loose objects keep fields this version does not
// check, so reading and saving again never drops data.
const storedCertificate = v.looseObject({
  id: v.string(),
  type: v.string(),
  binding_status: v.picklist(BINDING_STATUSES),
  status_changed_at: v.string(),
  certificate: v.string(),
  fingerprint: v.string(),
  issuer_org: v.string(),
  issuer_raw: v.string(),
  created_at: v.string(),
  updated_at: v.string(),
  uploaded_on: v.string(),
  expires_on: v.string(),
});

const accountState = v.looseObject({
  certificates: v.array(storedCertificate),
  inUseId: v.string(),
  generatedAt: v.array(v.string()),
  settings: v.looseObject({}),
  configUpdatedAt: v.string(),
});

const behaviour = v.looseObject({
  latencyMs: v.number(),
  flaky: v.boolean(),
  pendingMs: v.optional(v.number()),
});

/** One account's data (a scenario's state) read from elsewhere, or null when it is not that shape. */
export function parseAccountState(value: unknown): AccountState | null {
  const checked = v.safeParse(accountState, value);
  return checked.success ? (checked.output as AccountState) : null;
}

/** An account's behaviour read from elsewhere, or null. */
export function parseBehaviour(value: unknown): AccountBehaviour | null {
  const checked = v.safeParse(behaviour, value);
  return checked.success ? (checked.output as AccountBehaviour) : null;
}

/** A map by account id (valibot's record alone would take an array too). */
const byAccount = <S extends v.GenericSchema>(value: S) =>
  v.pipe(v.unknown(), v.check(isRecord, 'is not a map by account'), v.record(v.string(), value));

const storedDb = v.object({
  accounts: byAccount(accountState),
  behaviours: byAccount(behaviour),
  // Data saved before the demo had a clock has no `clocks`: every account then runs on real time.
  clocks: v.optional(byAccount(v.pipe(v.number(), v.finite())), {}),
});

export type LoadResult = { db: MockDb; problem?: string };

/** Reads stored data, or says why it had to start afresh. */
export function parseDb(serialized: string | null): LoadResult {
  if (serialized === null) return { db: emptyDb() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch {
    return { db: emptyDb(), problem: 'the stored mock data is not valid JSON' };
  }
  if (!isRecord(parsed)) return { db: emptyDb(), problem: 'the stored mock data is not an object' };
  if (parsed.version !== DB_VERSION) {
    return {
      db: emptyDb(),
      problem: `the stored mock data is version ${String(parsed.version)}, this app reads version ${DB_VERSION}`,
    };
  }
  const checked = v.safeParse(storedDb, parsed);
  if (!checked.success) {
    const where = v.getDotPath(checked.issues[0]);
    return {
      db: emptyDb(),
      problem: `the stored mock data does not have the expected shape${where ? ` (at ${where})` : ''}`,
    };
  }
  const { accounts, behaviours, clocks } = checked.output;
  return {
    db: {
      version: DB_VERSION,
      accounts: accounts as Record<string, AccountState>,
      behaviours: behaviours as Record<string, AccountBehaviour>,
      clocks,
    },
  };
}
