import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { apiRefusal } from '../../../../test-kit/api-refusal';
import { activateCertificate } from './activate-certificate';
import { deleteCustomCertificate, uploadCustomCertificate } from './custom-certificates';
import { deactivateCertificate } from './deactivate-certificate';
import { deleteCertificate } from './delete-certificate';
import { getGatewayConfiguration, turnOnCertificate } from './gateway-configuration';
import { generateCertificate } from './generate-certificate';
import { getCertificate } from './get-certificate';
import { listCertificates } from './list-certificates';

/**
 * `success: false` is a failure whatever the HTTP status says, for every call the screen makes:
 * each one rejects with an ApiError carrying the API's own message, never a parsed result.
 */

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const ID = 'c0ffee00-0000-4000-8000-000000000001';
const MESSAGE = 'Refused by the API for a reason a person can act on.';

const server = setupServer(
  http.all('*/client/v4/*', () =>
    HttpResponse.json({
      success: false,
      errors: [{ code: 1099, message: MESSAGE }],
      messages: [],
      result: null,
    }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS: Array<[string, () => Promise<unknown>]> = [
  ['list', () => listCertificates(ACCOUNT)],
  ['get', () => getCertificate(ACCOUNT, ID)],
  ['generate', () => generateCertificate(ACCOUNT, 365)],
  ['activate', () => activateCertificate(ACCOUNT, ID)],
  ['deactivate', () => deactivateCertificate(ACCOUNT, ID)],
  ['delete', () => deleteCertificate(ACCOUNT, ID)],
  ['read settings', () => getGatewayConfiguration(ACCOUNT)],
  ['turn on', () => turnOnCertificate(ACCOUNT, ID)],
  [
    'upload custom CA',
    () => uploadCustomCertificate(ACCOUNT, { name: 'n', certificate: 'c', privateKey: 'k' }),
  ],
  ['delete custom CA', () => deleteCustomCertificate(ACCOUNT, ID)],
];

test.each(CALLS)('%s: success:false with HTTP 200 rejects with the API’s message', async (_, call) => {
  const error = await apiRefusal(call());
  expect(error.status).toBe(200);
  expect(error.message).toBe(MESSAGE);
  expect(error.errors).toEqual([{ code: 1099, message: MESSAGE }]);
});
