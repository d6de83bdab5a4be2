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

const BINDING_STATUSES: readonly BindingStatus[] = [
  'inactive',
  'pending_deployment',
  'available',
  'pending_deletion',
];

const CERTIFICATE_STRINGS = [
  'id',
  'type',
  'binding_status',
  'status_changed_at',
  'certificate',
  'fingerprint',
  'issuer_org',
  'issuer_raw',
  'created_at',
  'updated_at',
  'uploaded_on',
  'expires_on',
] as const;

function isAccountState(value: unknown): value is AccountState {
  if (!isRecord(value)) return false;
  const { certificates, inUseId, generatedAt, settings, configUpdatedAt } = value;
  return (
    Array.isArray(certificates) &&
    certificates.every(
      (certificate) =>
        isRecord(certificate) &&
        CERTIFICATE_STRINGS.every((field) => typeof certificate[field] === 'string') &&
        BINDING_STATUSES.includes(certificate.binding_status as BindingStatus),
    ) &&
    typeof inUseId === 'string' &&
    Array.isArray(generatedAt) &&
    generatedAt.every((at) => typeof at === 'string') &&
    isRecord(settings) &&
    typeof configUpdatedAt === 'string'
  );
}

function isBehaviour(value: unknown): value is AccountBehaviour {
  return (
    isRecord(value) &&
    typeof value.latencyMs === 'number' &&
    typeof value.flaky === 'boolean' &&
    (value.pendingMs === undefined || typeof value.pendingMs === 'number')
  );
}

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
  // Data saved before the demo had a clock has no `clocks`: every account then runs on real time.
  const { accounts, behaviours, clocks = {} } = parsed;
  if (
    !isRecord(accounts) ||
    !Object.values(accounts).every(isAccountState) ||
    !isRecord(behaviours) ||
    !Object.values(behaviours).every(isBehaviour) ||
    !isRecord(clocks) ||
    !Object.values(clocks).every((offset) => typeof offset === 'number' && Number.isFinite(offset))
  ) {
    return { db: emptyDb(), problem: 'the stored mock data does not have the expected shape' };
  }
  return {
    db: {
      version: DB_VERSION,
      accounts: accounts as Record<string, AccountState>,
      behaviours: behaviours as Record<string, AccountBehaviour>,
      clocks: clocks as Record<string, number>,
    },
  };
}
