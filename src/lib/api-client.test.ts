import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { apiRefusal } from '../../test-kit/api-refusal';
import { parseCertificate } from '../features/certificates/api/certificate';
import { getGatewayConfiguration } from '../features/certificates/api/gateway-configuration';
import { getCertificate } from '../features/certificates/api/get-certificate';
import { listCertificates } from '../features/certificates/api/list-certificates';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const CERTIFICATES = `*/client/v4/accounts/${ACCOUNT}/gateway/certificates`;
const NOT_APPLICABLE = '0001-01-01T00:00:00Z';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const failure = (errors: Array<{ code: number; message: string }>) => ({
  success: false,
  errors,
  messages: [],
  result: null,
});

const certificate = (fields: Record<string, unknown> = {}) => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  binding_status: 'available',
  in_use: true,
  type: 'gateway_managed',
  certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
  fingerprint: 'AB:CD',
  issuer_org: 'Cloudflare',
  issuer_raw: 'O=Cloudflare, CN=Gateway CA',
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
  uploaded_on: NOT_APPLICABLE,
  expires_on: '2031-01-01T03:04:05Z',
  ...fields,
});

const readText = (value: unknown) => {
  if (typeof value !== 'string') throw new Error('"result" is not a string');
  return value;
};

test('a success returns the parsed result of a relative /client/v4 path, resolved against the page', async () => {
  let seen: { url: string; method: string; accept: string | null; type: string | null; body: string } | null =
    null;
  server.use(
    http.post('*/client/v4/things', async ({ request }) => {
      seen = {
        url: request.url,
        method: request.method,
        accept: request.headers.get('accept'),
        type: request.headers.get('content-type'),
        body: await request.text(),
      };
      return HttpResponse.json(envelope('made'));
    }),
  );

  const result = await apiRequest('/things', { method: 'POST', body: { a: 1 }, parse: readText });

  expect(result).toBe('made');
  expect(seen).toEqual({
    url: `${window.location.origin}/client/v4/things`,
    method: 'POST',
    accept: 'application/json',
    type: 'application/json',
    body: '{"a":1}',
  });
});

test('a GET sends no body and no content type', async () => {
  let type: string | null = 'unset';
  server.use(
    http.get('*/client/v4/things', ({ request }) => {
      type = request.headers.get('content-type');
      return HttpResponse.json(envelope('ok'));
    }),
  );

  await apiRequest('/things', { parse: readText });

  expect(type).toBeNull();
});

test('a failure envelope becomes an ApiError with the status and every code and message', async () => {
  server.use(
    http.delete(`${CERTIFICATES}/:id`, () =>
      HttpResponse.json(
        failure([
          { code: 1409, message: 'Certificate x is in use. Turn on another certificate first.' },
          { code: 1410, message: 'A second reason.' },
        ]),
        { status: 409 },
      ),
    ),
  );

  const error = await apiRefusal(
    apiRequest(`/accounts/${ACCOUNT}/gateway/certificates/x`, { method: 'DELETE', parse: readText }),
  );

  expect(error.name).toBe('ApiError');
  expect(error.status).toBe(409);
  expect(error.network).toBe(false);
  expect(error.errors).toEqual([
    { code: 1409, message: 'Certificate x is in use. Turn on another certificate first.' },
    { code: 1410, message: 'A second reason.' },
  ]);
  expect(error.message).toBe('Certificate x is in use. Turn on another certificate first. A second reason.');
});

test('a 429 carries the wait its Retry-After asks for; other failures carry none', async () => {
  server.use(
    http.delete(`${CERTIFICATES}/:id`, ({ params }) =>
      params.id === 'limited'
        ? HttpResponse.json(failure([{ code: 10429, message: 'Rate limited.' }]), {
            status: 429,
            headers: { 'Retry-After': '7' },
          })
        : HttpResponse.json(failure([{ code: 1404, message: 'Not found.' }]), { status: 404 }),
    ),
  );
  const before = Date.now();
  const limited = await apiRefusal(
    apiRequest(`/accounts/${ACCOUNT}/gateway/certificates/limited`, { method: 'DELETE', parse: readText }),
  );
  expect(limited.status).toBe(429);
  expect(limited.retryAt).toBeGreaterThanOrEqual(before + 7000);
  expect(limited.retryAt).toBeLessThan(Date.now() + 7000 + 1);
  const missing = await apiRefusal(
    apiRequest(`/accounts/${ACCOUNT}/gateway/certificates/gone`, { method: 'DELETE', parse: readText }),
  );
  expect(missing.retryAt).toBeNull();
});

test('success:false is a failure even with HTTP 200', async () => {
  server.use(
    http.get(CERTIFICATES, () => HttpResponse.json(failure([{ code: 1003, message: 'Bad request body.' }]))),
  );

  const error = await apiRefusal(listCertificates(ACCOUNT));

  expect(error.status).toBe(200);
  expect(error.message).toBe('Bad request body.');
});

test('an HTTP error is a failure even when the envelope says success', async () => {
  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope([]), { status: 500 })));

  const error = await apiRefusal(listCertificates(ACCOUNT));

  expect(error.status).toBe(500);
  expect(error.message).toMatch(/had a problem \(HTTP 500\)/);
});

test('a failure without usable errors still says something a person can act on', async () => {
  server.use(
    http.get(CERTIFICATES, () =>
      HttpResponse.json({ success: false, errors: [{ code: 7 }, 'text'], result: null }, { status: 403 }),
    ),
  );

  const error = await apiRefusal(listCertificates(ACCOUNT));

  expect(error.status).toBe(403);
  expect(error.errors).toEqual([
    { code: 0, message: 'The Cloudflare API refused the request (HTTP 403) without saying why.' },
  ]);
});

test('an error without a numeric code keeps its message, with code 0', async () => {
  server.use(
    http.get(CERTIFICATES, () =>
      HttpResponse.json(failure([{ code: 'x', message: 'Odd code.' }] as never), { status: 400 }),
    ),
  );

  expect((await apiRefusal(listCertificates(ACCOUNT))).errors).toEqual([{ code: 0, message: 'Odd code.' }]);
});

test('an HTTP error with a non-JSON body is an ApiError naming the status', async () => {
  server.use(http.get(CERTIFICATES, () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 })));

  const error = await apiRefusal(listCertificates(ACCOUNT));

  expect(error.status).toBe(502);
  expect(error.network).toBe(false);
  expect(error.message).toBe('The Cloudflare API had a problem (HTTP 502). Try again in a moment.');
});

test('an HTTP 4xx with a non-JSON body says the API refused without saying why', async () => {
  server.use(http.get(CERTIFICATES, () => new HttpResponse('Forbidden', { status: 403 })));

  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/refused the request \(HTTP 403\)/);
});

test('a 200 that is not JSON, or JSON that is not the envelope, is an ApiError', async () => {
  server.use(http.get(CERTIFICATES, () => HttpResponse.text('hello')));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/not JSON/);

  server.use(http.get(CERTIFICATES, () => HttpResponse.json([1, 2])));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/unexpected format/);

  server.use(http.get(CERTIFICATES, () => HttpResponse.json({ result: [] })));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/unexpected format/);
});

test('a network failure is an ApiError with network true and a clear message', async () => {
  server.use(http.get(CERTIFICATES, () => HttpResponse.error()));

  const error = await apiRefusal(listCertificates(ACCOUNT));

  expect(error.network).toBe(true);
  expect(error.status).toBe(0);
  expect(error.message).toBe('Could not reach the Cloudflare API. Check your connection and try again.');
});

test('a result of the wrong shape is an ApiError that names the field', async () => {
  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope([certificate({ binding_status: 3 })]))));
  const status = await apiRefusal(listCertificates(ACCOUNT));
  expect(status.message).toMatch(/does not understand: "binding_status" is not a string/);

  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope([certificate({ id: null })]))));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/"id" is not a string/);

  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope({ certificates: [] }))));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/the certificate list is not a list/);

  server.use(
    http.get(CERTIFICATES, () => HttpResponse.json(envelope([certificate({ expires_on: 'soon' })]))),
  );
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/"expires_on" is not a date/);

  server.use(
    http.get(CERTIFICATES, () => HttpResponse.json(envelope([certificate({ binding_status: 'deleted' })]))),
  );
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(
    /"binding_status" deleted is not a known status \(item 1 of the certificate list\)/,
  );

  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope([certificate({ in_use: 'yes' })]))));
  expect((await apiRefusal(listCertificates(ACCOUNT))).message).toMatch(/"in_use" is not true or false/);
});

test('the older `active` binding status is read as available', async () => {
  server.use(
    http.get(`${CERTIFICATES}/:id`, () =>
      HttpResponse.json(envelope(certificate({ binding_status: 'active' }))),
    ),
  );

  const read = await getCertificate(ACCOUNT, 'c0ffee00-0000-4000-8000-000000000001');

  expect(read.bindingStatus).toBe('available');
});

test('0001-01-01T00:00:00Z is read as "does not apply" (null)', async () => {
  server.use(
    http.get(CERTIFICATES, () =>
      HttpResponse.json(envelope([certificate({ uploaded_on: NOT_APPLICABLE, updated_at: NOT_APPLICABLE })])),
    ),
  );

  const [read] = await listCertificates(ACCOUNT);

  expect(read?.uploadedOn).toBeNull();
  expect(read?.updatedAt).toBeNull();
  expect(read?.createdAt).toBe('2026-01-02T03:04:05Z');
  expect(read?.expiresOn).toBe('2031-01-01T03:04:05Z');
});

test('a certificate is read into the console’s words', () => {
  expect(parseCertificate(certificate({ name: 'Corporate root', type: 'custom' }))).toEqual({
    id: 'c0ffee00-0000-4000-8000-000000000001',
    name: 'Corporate root',
    bindingStatus: 'available',
    inUse: true,
    type: 'custom',
    pem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
    fingerprint: 'AB:CD',
    issuerOrg: 'Cloudflare',
    issuerRaw: 'O=Cloudflare, CN=Gateway CA',
    createdAt: '2026-01-02T03:04:05Z',
    updatedAt: '2026-01-02T03:04:05Z',
    uploadedOn: null,
    expiresOn: '2031-01-01T03:04:05Z',
  });
  const { in_use: _, ...withoutOptional } = certificate();
  expect(parseCertificate(withoutOptional)).toMatchObject({ inUse: false, name: null });
  expect(() => parseCertificate(certificate({ type: 'other' }))).toThrow(/"type" other is not a known type/);
});

test('the nil UUID in the configuration means Cloudflare’s root (no certificate)', async () => {
  const configuration = `*/client/v4/accounts/${ACCOUNT}/gateway/configuration`;
  server.use(
    http.get(configuration, () =>
      HttpResponse.json(
        envelope({
          settings: { certificate: { id: '00000000-0000-0000-0000-000000000000' } },
          updated_at: '2026-01-01T00:00:00Z',
        }),
      ),
    ),
  );
  expect(await getGatewayConfiguration(ACCOUNT)).toEqual({
    certificateId: null,
    updatedAt: '2026-01-01T00:00:00Z',
  });

  server.use(http.get(configuration, () => HttpResponse.json(envelope({ settings: {} }))));
  expect((await getGatewayConfiguration(ACCOUNT)).certificateId).toBeNull();

  server.use(http.get(configuration, () => HttpResponse.json(envelope({ settings: { certificate: 'x' } }))));
  expect((await apiRefusal(getGatewayConfiguration(ACCOUNT))).message).toMatch(
    /"settings.certificate" is not an object/,
  );
});

test('an aborted request is not reported as a network failure', async () => {
  server.use(http.get(CERTIFICATES, () => HttpResponse.json(envelope([]))));
  const controller = new AbortController();
  controller.abort();

  const error = await listCertificates(ACCOUNT, controller.signal).then(
    () => null,
    (reason: unknown) => reason,
  );

  expect(error).not.toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ name: 'AbortError' });
});

test("a 429 keeps the server's next allowed time, and its message reaches a person without a raw timestamp", async () => {
  server.use(
    http.post(CERTIFICATES, () =>
      HttpResponse.json(
        failure([{ code: 1429, message: 'The next one can be generated after 2026-06-16T03:49:12.000Z.' }]),
        { status: 429 },
      ),
    ),
  );
  const error = await apiRefusal(
    apiRequest(`/accounts/${ACCOUNT}/gateway/certificates`, { method: 'POST', body: {}, parse: readText }),
  );
  expect(error.status).toBe(429);
  expect(error.retryAt).toBe(Date.parse('2026-06-16T03:49:12.000Z'));
  expect(error.message).not.toMatch(/\d{4}-\d\d-\d\dT/);
  expect(error.message).toMatch(
    /^The next one can be generated after Jun 1[56], 2026, \d{1,2}:49 [AP]M \S+\.$/,
  );
});

test('Retry-After in seconds gives the next allowed time when the message names none', async () => {
  server.use(
    http.post(CERTIFICATES, () =>
      HttpResponse.json(failure([{ code: 1429, message: 'Too many requests.' }]), {
        status: 429,
        headers: { 'retry-after': '3600' },
      }),
    ),
  );
  const before = Date.now();
  const error = await apiRefusal(
    apiRequest(`/accounts/${ACCOUNT}/gateway/certificates`, { method: 'POST', body: {}, parse: readText }),
  );
  expect(error.retryAt).toBeGreaterThanOrEqual(before + 3_600_000);
  expect(error.retryAt).toBeLessThan(before + 3_700_000);
});
