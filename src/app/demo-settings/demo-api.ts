import { apiRequest } from '../../lib/api-client';
import { readRecord, readString } from '../../lib/parse';

/** Mock mode only: the simulated API's control endpoints, which the live server never forwards. */
const control = (accountId: string, name: string) =>
  `/accounts/${encodeURIComponent(accountId)}/__mock/${name}`;

export type DemoClock = { now: string; offsetMs: number };
export type DemoSpeed = { latencyMs: number; pendingMs: number };

function readNumber(record: Record<string, unknown>, field: string): number {
  const value = record[field];
  if (typeof value !== 'number') throw new Error(`"${field}" is not a number`);
  return value;
}

const readClock = (value: unknown): DemoClock => {
  const record = readRecord(value, 'the clock');
  return { now: readString(record, 'now'), offsetMs: readNumber(record, 'offsetMs') };
};

const readSpeed = (value: unknown): DemoSpeed => {
  const record = readRecord(value, 'the behaviour');
  return {
    latencyMs: readNumber(record, 'latencyMs'),
    pendingMs: readNumber(record, 'pendingMs'),
  };
};

export const getClock = (accountId: string) => apiRequest(control(accountId, 'clock'), { parse: readClock });

export const moveClock = (accountId: string, move: { advanceMs: number } | { realTime: true }) =>
  apiRequest(control(accountId, 'clock'), { method: 'POST', body: move, parse: readClock });

export const getSpeed = (accountId: string) =>
  apiRequest(control(accountId, 'behaviour'), { parse: readSpeed });

export const setSpeed = (accountId: string, speed: { latencyMs: number; pendingMs: number }) =>
  apiRequest(control(accountId, 'behaviour'), { method: 'PATCH', body: speed, parse: readSpeed });

export const applyScenario = (accountId: string, name: string) =>
  apiRequest(control(accountId, 'scenario'), { method: 'POST', body: { name }, parse: () => undefined });

/** The next change (any method but GET) of this account gets an HTTP 500. */
export const failNextChange = (accountId: string) =>
  apiRequest(control(accountId, 'faults'), {
    method: 'POST',
    body: { kind: 'status', status: 500, changes: true },
    parse: () => undefined,
  });
