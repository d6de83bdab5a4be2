import { delay, HttpResponse } from 'msw';
import { failure } from './envelope';

/** A fault to inject into the next matching API call(s), for reliability tests and demos. */
export type Fault = {
  kind: 'status' | 'network' | 'delay';
  /** For `status`: the HTTP status to answer with (e.g. 500, 429). */
  status?: number;
  /** For `delay`: how long to hold the request before answering it normally. */
  delayMs?: number;
  /** Only requests with this method (e.g. "POST"); any when absent. */
  method?: string;
  /** Only requests whose path ends with this (e.g. "/activate"); any when absent. */
  path?: string;
  /** How many matching requests it affects; 1 when absent. */
  times?: number;
  /** For a 429: the `Retry-After` it sends, in seconds (1 when absent), as Cloudflare's rate limiter does. */
  retryAfterSeconds?: number;
};

const STATUS_MESSAGES: Record<number, string> = {
  429: 'Rate limited: too many requests to the Cloudflare API. Wait a moment and try again.',
  500: 'Internal server error at the Cloudflare API. Try again.',
  502: 'Bad gateway: the Cloudflare API could not be reached. Try again.',
  503: 'The Cloudflare API is temporarily unavailable. Try again in a moment.',
};

export function readFault(value: unknown): Fault | string {
  if (typeof value !== 'object' || value === null) return 'Send a fault object.';
  const fault = value as Record<string, unknown>;
  if (fault.kind !== 'status' && fault.kind !== 'network' && fault.kind !== 'delay') {
    return '"kind" must be "status", "network" or "delay".';
  }
  if (
    fault.kind === 'status' &&
    (typeof fault.status !== 'number' || fault.status < 400 || fault.status > 599)
  ) {
    return '"status" must be an HTTP error status from 400 to 599.';
  }
  if (fault.kind === 'delay' && (typeof fault.delayMs !== 'number' || fault.delayMs < 0)) {
    return '"delayMs" must be a number of milliseconds.';
  }
  for (const field of ['method', 'path'] as const) {
    if (fault[field] !== undefined && typeof fault[field] !== 'string') return `"${field}" must be a string.`;
  }
  if (fault.times !== undefined && (typeof fault.times !== 'number' || fault.times < 1)) {
    return '"times" must be a whole number of at least 1.';
  }
  if (
    fault.retryAfterSeconds !== undefined &&
    (typeof fault.retryAfterSeconds !== 'number' ||
      !Number.isInteger(fault.retryAfterSeconds) ||
      fault.retryAfterSeconds < 0)
  ) {
    return '"retryAfterSeconds" must be a whole number of seconds.';
  }
  return fault as Fault;
}

/** Faults per account, in memory: a reload of the mock host forgets them, as a passing outage would be. */
export class FaultInjector {
  private readonly faults = new Map<string, Array<Fault & { remaining: number }>>();

  add(accountId: string, fault: Fault) {
    const list = this.faults.get(accountId) ?? [];
    list.push({ ...fault, remaining: fault.times ?? 1 });
    this.faults.set(accountId, list);
  }

  clear(accountId: string) {
    this.faults.delete(accountId);
  }

  /** The response a fault dictates (null to go on normally, after any delay). */
  async apply(accountId: string, request: Request): Promise<Response | null> {
    const list = this.faults.get(accountId);
    const path = new URL(request.url).pathname;
    const fault = list?.find(
      (candidate) =>
        (!candidate.method || candidate.method.toUpperCase() === request.method) &&
        (!candidate.path || path.endsWith(candidate.path)),
    );
    if (!list || !fault) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) list.splice(list.indexOf(fault), 1);
    if (fault.kind === 'network') return HttpResponse.error();
    if (fault.kind === 'delay') {
      await delay(fault.delayMs ?? 0);
      return null;
    }
    const status = fault.status ?? 500;
    const response = failure(
      status,
      1000 + status,
      STATUS_MESSAGES[status] ?? `The Cloudflare API answered HTTP ${status}.`,
    );
    if (status === 429) response.headers.set('Retry-After', String(fault.retryAfterSeconds ?? 1));
    return response;
  }
}
