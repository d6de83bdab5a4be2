// @vitest-environment node
import { expect, test } from 'vitest';
import { NIL_UUID } from '../store/types';
import {
  defaultCertificates,
  expectFailure,
  expectSuccess,
  type Mock,
  PENDING_MS,
  START,
  startMock,
} from '../test-support';

const CONFIGURATION = '/gateway/configuration';

async function inUseIds(mock: Mock) {
  return expectSuccess(await mock.list())
    .filter((certificate) => certificate.in_use)
    .map((certificate) => certificate.id);
}

test('PATCH /configuration turns on an available certificate; the previous one stays available, not in use', async () => {
  const mock = startMock();
  const { inUse, available } = await defaultCertificates(mock);
  mock.advance(1000);

  const configuration = expectSuccess(await mock.turnOn(available.id, 'PATCH'));

  expect(configuration.settings.certificate.id).toBe(available.id);
  expect(configuration.updated_at).toBe(new Date(START + 1000).toISOString());
  expect(await inUseIds(mock)).toEqual([available.id]);
  const previous = expectSuccess(await mock.get(inUse.id));
  expect(previous.binding_status).toBe('available');
  expect(previous.in_use).toBe(false);
  expect(expectSuccess(await mock.configuration()).settings.certificate.id).toBe(available.id);
});

test('PUT /configuration turns on an available certificate too', async () => {
  const mock = startMock();
  const { inUse, available } = await defaultCertificates(mock);

  const configuration = expectSuccess(await mock.turnOn(available.id, 'PUT'));

  expect(configuration.settings.certificate.id).toBe(available.id);
  expect(await inUseIds(mock)).toEqual([available.id]);
  expect(expectSuccess(await mock.get(inUse.id)).in_use).toBe(false);
});

test('PATCH keeps the other Gateway settings; PUT replaces them', async () => {
  const mock = startMock();
  const { inUse, available } = await defaultCertificates(mock);
  const path = mock.account(CONFIGURATION);
  expect(expectSuccess(await mock.configuration()).settings.tls_decrypt).toEqual({ enabled: true });

  const patched = expectSuccess(
    await mock.request<{ settings: Record<string, unknown> }>('PATCH', path, {
      settings: { activity_log: { enabled: true } },
    }),
  );
  expect(patched.settings).toMatchObject({ tls_decrypt: { enabled: true }, activity_log: { enabled: true } });
  expect(patched.settings.certificate).toEqual({ id: inUse.id });

  const replaced = expectSuccess(
    await mock.request<{ settings: Record<string, unknown> }>('PUT', path, {
      settings: { certificate: { id: available.id, in_use: true } },
    }),
  );
  expect(replaced.settings).toEqual({ certificate: { id: available.id } });
});

test('a PUT without a certificate means Cloudflare’s own root', async () => {
  const mock = startMock();
  await defaultCertificates(mock);

  const configuration = expectSuccess(
    await mock.request<{ settings: { certificate: { id: string } } }>('PUT', mock.account(CONFIGURATION), {
      settings: { tls_decrypt: { enabled: true } },
    }),
  );

  expect(configuration.settings.certificate.id).toBe(NIL_UUID);
  expect(await inUseIds(mock)).toEqual([]);
});

test('turning on the nil UUID hands inspection back to Cloudflare’s root: nothing is in use', async () => {
  const mock = startMock();
  const { inUse } = await defaultCertificates(mock);

  const configuration = expectSuccess(await mock.turnOn(NIL_UUID));

  expect(configuration.settings.certificate.id).toBe(NIL_UUID);
  expect(await inUseIds(mock)).toEqual([]);
  expectSuccess(await mock.deactivate(inUse.id), 201);
});

test('in_use:false on the certificate in use turns it off; on another certificate it changes nothing', async () => {
  const mock = startMock();
  const { inUse, available } = await defaultCertificates(mock);
  const path = mock.account(CONFIGURATION);

  await mock.request('PATCH', path, { settings: { certificate: { id: available.id, in_use: false } } });
  expect(await inUseIds(mock)).toEqual([inUse.id]);

  await mock.request('PATCH', path, { settings: { certificate: { id: inUse.id, in_use: false } } });
  expect(await inUseIds(mock)).toEqual([]);
});

test('only an available certificate can be turned on (409); exactly one stays in use', async () => {
  const mock = startMock();
  const { inUse, inactive, available } = await defaultCertificates(mock);

  expectFailure(
    await mock.turnOn(inactive.id),
    409,
    /is inactive: only an available certificate can be turned on/,
  );
  expectSuccess(await mock.activate(inactive.id), 202);
  expectFailure(await mock.turnOn(inactive.id, 'PUT'), 409, /still being deployed/);
  expectSuccess(await mock.deactivate(available.id), 201);
  expectFailure(await mock.turnOn(available.id), 409, /still being deactivated/);
  expect(await inUseIds(mock)).toEqual([inUse.id]);

  mock.advance(PENDING_MS);
  expectSuccess(await mock.turnOn(inactive.id));
  expect(await inUseIds(mock)).toEqual([inactive.id]);
});

test('turning on a certificate the account does not have is refused and changes nothing', async () => {
  const mock = startMock();
  const { inUse } = await defaultCertificates(mock);

  expectFailure(await mock.turnOn('11111111-2222-4333-8444-555555555555'), 400, /was not found/);

  expect(await inUseIds(mock)).toEqual([inUse.id]);
});

test('a configuration body of the wrong shape is a 400 that names what is wrong', async () => {
  const mock = startMock();
  const { available } = await defaultCertificates(mock);
  const path = mock.account(CONFIGURATION);

  expectFailure(await mock.request('PATCH', path, '{"settings":'), 400, /not valid JSON/);
  expectFailure(await mock.request('PUT', path, '{"settings":'), 400, /not valid JSON/);
  expectFailure(await mock.request('PATCH', path, {}), 400, /"settings" object/);
  expectFailure(await mock.request('PATCH', path, { settings: [] }), 400, /"settings" object/);
  expectFailure(
    await mock.request('PATCH', path, { settings: { certificate: { id: 7 } } }),
    400,
    /string "id"/,
  );
  expectFailure(
    await mock.request('PATCH', path, { settings: { certificate: { id: available.id, in_use: 'yes' } } }),
    400,
    /in_use must be true or false/,
  );
  expect(await inUseIds(mock)).not.toContain(available.id);
});
