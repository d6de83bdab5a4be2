import { generateKeys } from '../certificates/mint.ts';
import { newGatewayCertificate, newGatewayCertificates } from '../certificates/new-certificate.ts';
import type { AccountBehaviour, AccountState, StoredCertificate } from '../store/types.ts';
import { NIL_UUID } from '../store/types.ts';

export const SCENARIOS = [
  'default',
  'empty',
  'expired-in-use',
  'available-limit',
  'generation-limit',
  'many',
  'slow',
  'flaky',
] as const;

export type ScenarioName = (typeof SCENARIOS)[number];

export const isScenarioName = (value: string): value is ScenarioName =>
  (SCENARIOS as readonly string[]).includes(value);

export type Scenario = { state: AccountState; behaviour: AccountBehaviour };

const DAY_MS = 86_400_000;
const NORMAL: AccountBehaviour = { latencyMs: 0, flaky: false };

const daysAgo = (now: number, days: number) => new Date(now - days * DAY_MS);

function account(
  now: number,
  certificates: StoredCertificate[],
  inUse: StoredCertificate | null,
  generatedAt: string[] = [],
): AccountState {
  const at = new Date(now).toISOString();
  return {
    certificates,
    inUseId: inUse?.id ?? NIL_UUID,
    generatedAt,
    settings: { tls_decrypt: { enabled: true } },
    configUpdatedAt: at,
  };
}

async function defaultAccount(now: number): Promise<AccountState> {
  const keys = await generateKeys();
  const inUse = await newGatewayCertificate({
    createdAt: daysAgo(now, 200),
    validityDays: 1825,
    status: 'available',
    keys,
  });
  const available = await newGatewayCertificate({
    createdAt: daysAgo(now, 30),
    validityDays: 1825,
    status: 'available',
    keys,
  });
  const inactive = await newGatewayCertificate({ createdAt: daysAgo(now, 2), validityDays: 365, keys });
  const expired = await newGatewayCertificate({ createdAt: daysAgo(now, 2190), validityDays: 1825, keys });
  return account(now, [inUse, available, inactive, expired], inUse);
}

/** The 2025-02-02 story: the certificate Gateway inspects with has run out. */
async function expiredInUse(now: number): Promise<AccountState> {
  const expired = await newGatewayCertificate({
    createdAt: new Date('2020-02-03T00:00:00Z'),
    validityDays: 1826,
    status: 'available',
  });
  return account(now, [expired], expired);
}

async function availableLimit(now: number): Promise<AccountState> {
  const keys = await generateKeys();
  const available = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      newGatewayCertificate({
        createdAt: daysAgo(now, 300 - i * 20),
        validityDays: 1825,
        status: 'available',
        keys,
      }),
    ),
  );
  const inactive = await newGatewayCertificate({ createdAt: daysAgo(now, 3), validityDays: 1825, keys });
  return account(now, [...available, inactive], available[0] ?? null);
}

async function generationLimit(now: number): Promise<AccountState> {
  const keys = await generateKeys();
  const inUse = await newGatewayCertificate({
    createdAt: daysAgo(now, 120),
    validityDays: 1825,
    status: 'available',
    keys,
  });
  const recent = await Promise.all(
    [20, 8, 1].map((hours) =>
      newGatewayCertificate({ createdAt: new Date(now - hours * 3_600_000), validityDays: 1825, keys }),
    ),
  );
  return account(
    now,
    [inUse, ...recent],
    inUse,
    recent.map((certificate) => certificate.created_at),
  );
}

const MANY = 2000;

async function many(now: number): Promise<AccountState> {
  const keys = await generateKeys();
  const certificates = await newGatewayCertificates(
    Array.from({ length: MANY }, (_, i) => ({
      createdAt: new Date(now - (i + 2) * 3 * 3_600_000),
      validityDays: [365, 730, 1095, 1825][i % 4] ?? 1825,
      status: i % 250 === 0 ? ('available' as const) : ('inactive' as const),
    })),
    keys,
  );
  return account(now, certificates, certificates[0] ?? null);
}

/** Builds a scenario's data as of `now`: every certificate is a real, freshly minted root CA. */
export async function buildScenario(name: ScenarioName, now: number): Promise<Scenario> {
  switch (name) {
    case 'default':
      return { state: await defaultAccount(now), behaviour: NORMAL };
    case 'empty':
      return { state: account(now, [], null), behaviour: NORMAL };
    case 'expired-in-use':
      return { state: await expiredInUse(now), behaviour: NORMAL };
    case 'available-limit':
      return { state: await availableLimit(now), behaviour: NORMAL };
    case 'generation-limit':
      return { state: await generationLimit(now), behaviour: NORMAL };
    case 'many':
      return { state: await many(now), behaviour: NORMAL };
    case 'slow':
      return { state: await defaultAccount(now), behaviour: { latencyMs: 3000, flaky: false } };
    case 'flaky':
      return { state: await defaultAccount(now), behaviour: { latencyMs: 0, flaky: true } };
  }
}
