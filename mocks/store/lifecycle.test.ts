// @vitest-environment node
import { expect, test } from 'vitest';
import {
  DAY_MS,
  defaultCertificates,
  expectFailure,
  expectSuccess,
  type Mock,
  makeCa,
  must,
  PENDING_MS,
  START,
  startMock,
  uploadOf,
} from '../test-support';

const statusOf = async (mock: Mock, id: string) => expectSuccess(await mock.get(id)).binding_status;

test('activate: inactive -> pending_deployment (202) -> available once the pending time has passed', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);

  const activated = expectSuccess(await mock.activate(inactive.id), 202);

  expect(activated.binding_status).toBe('pending_deployment');
  expect(activated.updated_at).toBe(new Date(START).toISOString());
  mock.advance(PENDING_MS - 1);
  expect(await statusOf(mock, inactive.id)).toBe('pending_deployment');
  mock.advance(1);
  const deployed = expectSuccess(await mock.get(inactive.id));
  expect(deployed.binding_status).toBe('available');
  expect(deployed.in_use).toBe(false);
  expect(deployed.updated_at).toBe(new Date(START + PENDING_MS).toISOString());
});

test('the list shows pending states end too, without reading the certificate itself', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);
  expectSuccess(await mock.activate(inactive.id), 202);

  mock.advance(PENDING_MS);
  const listed = expectSuccess(await mock.list()).find((certificate) => certificate.id === inactive.id);

  expect(listed?.binding_status).toBe('available');
});

test('deactivate: available -> pending_deletion (201) -> inactive once the pending time has passed', async () => {
  const mock = startMock();
  const { available } = await defaultCertificates(mock);

  const deactivated = expectSuccess(await mock.deactivate(available.id), 201);

  expect(deactivated.binding_status).toBe('pending_deletion');
  mock.advance(PENDING_MS - 1);
  expect(await statusOf(mock, available.id)).toBe('pending_deletion');
  mock.advance(1);
  expect(await statusOf(mock, available.id)).toBe('inactive');
});

test('the pending time is set per account through the behaviour control', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);
  expectSuccess(await mock.behaviour({ pendingMs: 100 }));

  expectSuccess(await mock.activate(inactive.id), 202);

  mock.advance(99);
  expect(await statusOf(mock, inactive.id)).toBe('pending_deployment');
  mock.advance(1);
  expect(await statusOf(mock, inactive.id)).toBe('available');
});

test('activation needs an inactive certificate; deactivation needs an available one (409)', async () => {
  const mock = startMock();
  const { available, inactive } = await defaultCertificates(mock);

  expectFailure(await mock.activate(available.id), 409, /only an inactive certificate can be activated/);
  expectFailure(await mock.deactivate(inactive.id), 409, /only an available certificate can be deactivated/);
  expectSuccess(await mock.activate(inactive.id), 202);
  expectFailure(await mock.activate(inactive.id), 409, /still being deployed/);
  expectFailure(await mock.deactivate(inactive.id), 409, /still being deployed/);
  expectSuccess(await mock.deactivate(available.id), 201);
  expectFailure(await mock.deactivate(available.id), 409, /still being deactivated/);
  expectFailure(await mock.activate(available.id), 409, /still being deactivated/);
});

test('at most 10 certificates can be available, and pending_deployment ones count (409)', async () => {
  const mock = startMock();
  const { inactive, expired } = await defaultCertificates(mock);
  // The default account has 2 available: activate its 2 inactive and 3 generated ones, and let them deploy.
  const firstDay = [inactive.id, expired.id];
  for (let i = 0; i < 3; i++) firstDay.push(expectSuccess(await mock.generate()).id);
  for (const id of firstDay) expectSuccess(await mock.activate(id), 202);
  mock.advance(DAY_MS);
  // 3 more the next day, left pending_deployment.
  for (let i = 0; i < 3; i++) {
    expectSuccess(await mock.activate(expectSuccess(await mock.generate()).id), 202);
  }
  const statuses = expectSuccess(await mock.list()).map((certificate) => certificate.binding_status);
  expect(statuses.filter((status) => status === 'available')).toHaveLength(7);
  expect(statuses.filter((status) => status === 'pending_deployment')).toHaveLength(3);
  const uploaded = expectSuccess(await mock.upload(uploadOf(await makeCa({ notBefore: new Date(START) }))));

  const refused = await mock.activate(uploaded.id);

  expectFailure(refused, 409, /At most 10 certificates can be available at once/);
  expectFailure(refused, 409, /this account has 10/);
  expect(await statusOf(mock, uploaded.id)).toBe('inactive');
});

test('a certificate being deactivated frees its place among the 10 available', async () => {
  const mock = startMock();
  expectSuccess(await mock.scenario('available-limit'));
  const certificates = expectSuccess(await mock.list());
  const waiting = must(certificates.find((certificate) => certificate.binding_status === 'inactive'));
  const spare = must(
    certificates.find((certificate) => certificate.binding_status === 'available' && !certificate.in_use),
  );
  expectFailure(await mock.activate(waiting.id), 409, /At most 10/);

  expectSuccess(await mock.deactivate(spare.id), 201);

  expectSuccess(await mock.activate(waiting.id), 202);
});

test('only an inactive certificate can be deleted, and the deleted object is returned', async () => {
  const mock = startMock();
  const { available, inactive } = await defaultCertificates(mock);

  expectFailure(await mock.remove(available.id), 409, /deactivate it before deleting it/);
  const deleted = expectSuccess(await mock.remove(inactive.id));

  expect(deleted).toEqual(inactive);
  expectFailure(await mock.get(inactive.id), 404, /was not found/);
  expect(expectSuccess(await mock.list()).map((certificate) => certificate.id)).not.toContain(inactive.id);
  expectFailure(await mock.remove(inactive.id), 404);
});

test('a pending certificate cannot be deleted', async () => {
  const mock = startMock();
  const { available, inactive } = await defaultCertificates(mock);
  expectSuccess(await mock.activate(inactive.id), 202);
  expectSuccess(await mock.deactivate(available.id), 201);

  expectFailure(await mock.remove(inactive.id), 409, /still being deployed/);
  expectFailure(await mock.remove(available.id), 409, /still being deactivated/);

  mock.advance(PENDING_MS);
  expectSuccess(await mock.remove(available.id));
});

test('an expired inactive certificate can be deleted', async () => {
  const mock = startMock();
  const { expired } = await defaultCertificates(mock);

  expect(expectSuccess(await mock.remove(expired.id)).id).toBe(expired.id);
});

test('the certificate in use can be neither deactivated nor deleted (409: turn on another first)', async () => {
  const mock = startMock();
  const { inUse } = await defaultCertificates(mock);

  expectFailure(
    await mock.deactivate(inUse.id),
    409,
    /in use for inspection and cannot be deactivated. Turn on another certificate first/,
  );
  expectFailure(
    await mock.remove(inUse.id),
    409,
    /in use for inspection and cannot be deleted. Turn on another certificate first/,
  );
  const after = expectSuccess(await mock.get(inUse.id));
  expect(after.in_use).toBe(true);
  expect(after.binding_status).toBe('available');
});

test('once another certificate is turned on, the previous one can be deactivated and deleted', async () => {
  const mock = startMock();
  const { inUse, available } = await defaultCertificates(mock);

  expectSuccess(await mock.turnOn(available.id));
  expectSuccess(await mock.deactivate(inUse.id), 201);
  mock.advance(PENDING_MS);

  expect(expectSuccess(await mock.remove(inUse.id)).id).toBe(inUse.id);
});

test('an unknown certificate id is a 404 for every certificate operation', async () => {
  const mock = startMock();
  const unknown = '11111111-2222-4333-8444-555555555555';

  expectFailure(await mock.get(unknown), 404, `Certificate ${unknown} was not found`);
  expectFailure(await mock.activate(unknown), 404, /was not found/);
  expectFailure(await mock.deactivate(unknown), 404, /was not found/);
  expectFailure(await mock.remove(unknown), 404, /was not found/);
  expectFailure(await mock.removeCustom(unknown), 404, /was not found/);
});

test('activate and deactivate refuse a malformed JSON body with 400', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);
  const path = mock.account(`/gateway/certificates/${inactive.id}/activate`);

  expectFailure(await mock.request('POST', path, '{oops'), 400, /not valid JSON/);
  expectFailure(
    await mock.request('POST', mock.account(`/gateway/certificates/${inactive.id}/deactivate`), '{'),
    400,
  );
  expect(await statusOf(mock, inactive.id)).toBe('inactive');
});
