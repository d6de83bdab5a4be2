import * as v from 'valibot';
import { apiRequest } from '../../lib/api-client';
import { parseWith } from '../../lib/schema';

/** Mock mode only: the simulated API's control endpoints, which the live server never forwards. */
const control = (accountId: string, name: string) =>
  `/accounts/${encodeURIComponent(accountId)}/__mock/${name}`;

const clockSchema = v.object(
  { now: v.string('is not a string'), offsetMs: v.number('is not a number') },
  'is not an object',
);
const speedSchema = v.object(
  { latencyMs: v.number('is not a number'), pendingMs: v.number('is not a number') },
  'is not an object',
);

export type DemoClock = v.InferOutput<typeof clockSchema>;
export type DemoSpeed = v.InferOutput<typeof speedSchema>;

const readClock = (value: unknown): DemoClock => parseWith(clockSchema, value, 'the demo clock');
const readSpeed = (value: unknown): DemoSpeed => parseWith(speedSchema, value, 'the demo speed');

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
