/**
 * Helpers for the mock API's own tests: a fresh store and MSW server per test, a clock the test moves,
 * short calls over the HTTP surface, and throwaway CA certificates to upload.
 *
 * These tests run in Vitest's `node` environment (`// @vitest-environment node` at the top of each file), as
 * the mock-api server does: under plain jsdom, `ArrayBuffer` comes from another realm than Node's WebCrypto,
 * which refuses it, so minting fails.
 */
import { expect, onTestFinished } from 'vitest';
import { type Behaviour, mockControls } from '../test-kit/mock-controls';
import { defaultScenarioRoles } from '../test-kit/scenario-certificates';
import { makeCa as makeTestCa, type TestCa, type TestCaOptions } from '../test-kit/webcrypto-ca';
import { createTestMock } from './node';
import type { Scenario } from './scenarios/scenarios';
import type { ApiCertificate } from './store/mock-store';
import { memoryPersistence, type Persistence } from './store/persistence';
import { NIL_UUID, NOT_APPLICABLE, type StoredCertificate } from './store/types';

export const ACCOUNT = '0123456789abcdef0123456789abcdef';
export const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
/** A whole second, so minted certificates' times (rounded down to seconds) equal the clock. */
export const START = Date.parse('2026-03-01T12:00:00.000Z');
export const PENDING_MS = 5000;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const ORIGIN = 'http://localhost';

export type Envelope<T> = {
  success: boolean;
  errors: Array<{ code: number; message: string }>;
  messages: unknown[];
  result: T;
};

export type Reply<T> = { status: number; body: Envelope<T>; text: string };

export type MtlsCertificate = {
  id: string;
  name: string;
  issuer: string;
  signature: string;
  serial_number: string;
  certificates: string;
  ca: boolean;
  uploaded_on: string;
  updated_at: string;
  expires_on: string;
};

export type Configuration = {
  settings: Record<string, unknown> & { certificate: { id: string } };
  created_at: string;
  updated_at: string;
};

export type UploadBody = { name: string; certificates: string; private_key: string; ca: boolean };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type MockOptions = {
  start?: number;
  pendingMs?: number;
  persistence?: Persistence;
  onReset?: (problem: string) => void;
};

/**
 * Starts the mock API for one test (closed when the test finishes). Every response body is kept in
 * `texts`, so a test can assert what never appears in any of them.
 */
export function startMock({ start = START, pendingMs = PENDING_MS, persistence, onReset }: MockOptions = {}) {
  let clock = start;
  const texts: string[] = [];
  const { store, server } = createTestMock({
    now: () => clock,
    pendingMs,
    persistence: persistence ?? memoryPersistence(),
    onReset,
  });
  server.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => server.close());

  /** Any request under /client/v4; a string body is sent as is (for malformed JSON), anything else as JSON. */
  async function request<T>(method: Method, path: string, body?: unknown): Promise<Reply<T>> {
    const response = await fetch(`${ORIGIN}/client/v4${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    texts.push(text);
    return { status: response.status, body: JSON.parse(text) as Envelope<T>, text };
  }

  const account = (path: string, accountId = ACCOUNT) => `/accounts/${accountId}${path}`;
  /** The test kit's client for the mock's controls, over this mock's HTTP surface. */
  const controls = (accountId = ACCOUNT) =>
    mockControls((method, path, body) => request(method, path, body), accountId);
  const certificates = (id?: string, action?: string) =>
    account(`/gateway/certificates${id === undefined ? '' : `/${id}`}${action ? `/${action}` : ''}`);

  return {
    store,
    server,
    texts,
    now: () => clock,
    advance: (ms: number) => {
      clock += ms;
    },
    request,
    account,
    list: (accountId = ACCOUNT) =>
      request<ApiCertificate[]>('GET', account('/gateway/certificates', accountId)),
    get: (id: string) => request<ApiCertificate>('GET', certificates(id)),
    generate: (body: unknown = {}) => request<ApiCertificate>('POST', certificates(), body),
    activate: (id: string) => request<ApiCertificate>('POST', certificates(id, 'activate'), {}),
    deactivate: (id: string) => request<ApiCertificate>('POST', certificates(id, 'deactivate'), {}),
    remove: (id: string) => request<ApiCertificate>('DELETE', certificates(id)),
    configuration: () => request<Configuration>('GET', account('/gateway/configuration')),
    turnOn: (id: string, method: 'PATCH' | 'PUT' = 'PATCH') =>
      request<Configuration>(method, account('/gateway/configuration'), {
        settings: { certificate: { id, in_use: true } },
      }),
    upload: (body: UploadBody) => request<MtlsCertificate>('POST', account('/mtls_certificates'), body),
    removeCustom: (id: string) => request<MtlsCertificate>('DELETE', account(`/mtls_certificates/${id}`)),
    scenario: (name: string, accountId = ACCOUNT) => controls(accountId).scenario(name),
    behaviour: (body: Behaviour) => controls(ACCOUNT).behaviour(body),
    controls,
  };
}

export type Mock = ReturnType<typeof startMock>;

/** What every refusal must look like (v4 envelope, an actionable message), and its status. */
export function expectFailure(reply: Reply<unknown>, status: number, message?: RegExp | string) {
  expect(reply.status).toBe(status);
  expect(reply.body.success).toBe(false);
  expect(reply.body.result).toBeNull();
  expect(reply.body.errors.length).toBeGreaterThanOrEqual(1);
  const [error] = reply.body.errors;
  expect(error?.code).toBeGreaterThanOrEqual(1000);
  expect(error?.message.trim().length).toBeGreaterThan(10);
  if (message !== undefined) expect(error?.message).toMatch(message);
  return error?.message ?? '';
}

export function expectSuccess<T>(reply: Reply<T>, status = 200): T {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.body.success).toBe(true);
  expect(reply.body.errors).toEqual([]);
  return reply.body.result;
}

export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}`);
  return value;
}

/** The four certificates the `default` scenario seeds, by role, and the whole list. */
export async function defaultCertificates(mock: Mock) {
  const certificates = expectSuccess(await mock.list());
  return { all: certificates, ...defaultScenarioRoles(certificates, mock.now()) };
}

/** A CA to upload, valid from a day before the mock's start. */
export const makeCa = (options: TestCaOptions = {}) =>
  makeTestCa({ notBefore: new Date(START - DAY_MS), ...options });

export const uploadOf = (ca: TestCa, name = 'Corporate root'): UploadBody => ({
  name,
  certificates: ca.pem,
  private_key: ca.keyPem,
  ca: true,
});

/**
 * A scenario of `size` plain records as of `now` (inactive, none in use; no real PEM), for tests of
 * how scenarios are stored and carried, which need no minting.
 */
export function plainScenario(size: number, now: number): Scenario {
  const at = new Date(now).toISOString();
  const certificates = Array.from(
    { length: size },
    (_, i): StoredCertificate => ({
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      type: 'gateway_managed',
      binding_status: 'inactive',
      status_changed_at: at,
      certificate: '-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n',
      fingerprint: 'AB:CD',
      issuer_org: 'Cloudflare',
      issuer_raw: 'O=Cloudflare',
      created_at: at,
      updated_at: at,
      uploaded_on: NOT_APPLICABLE,
      expires_on: new Date(now + DAY_MS).toISOString(),
    }),
  );
  return {
    state: {
      certificates,
      inUseId: NIL_UUID,
      generatedAt: [],
      settings: {},
      configUpdatedAt: at,
    },
    behaviour: { latencyMs: 0, flaky: false },
  };
}
