import { expect, test } from 'vitest';
import { availableActions, countDeployed } from './available-actions';

const now = Date.parse('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const valid = new Date(now + 365 * DAY).toISOString();
const expired = new Date(now - 3 * DAY).toISOString();
const context = { now, deployedCount: 2 };

const kinds = (actions: ReturnType<typeof availableActions>) =>
  Object.fromEntries(Object.entries(actions).map(([name, state]) => [name, state.kind]));

test('an inactive certificate can be activated or deleted', () => {
  expect(
    kinds(availableActions({ bindingStatus: 'inactive', inUse: false, expiresOn: valid }, context)),
  ).toEqual({
    activate: 'enabled',
    deactivate: 'hidden',
    turnOn: 'hidden',
    delete: 'enabled',
  });
});

test('an available certificate can be turned on or deactivated, and says why it cannot be deleted', () => {
  const actions = availableActions({ bindingStatus: 'available', inUse: false, expiresOn: valid }, context);
  expect(kinds(actions)).toEqual({
    activate: 'hidden',
    deactivate: 'enabled',
    turnOn: 'enabled',
    delete: 'disabled',
  });
  expect(actions.delete).toMatchObject({ reason: expect.stringMatching(/Deactivate it first/) });
});

test('the certificate in use can be neither deactivated nor deleted, with the way out', () => {
  const actions = availableActions({ bindingStatus: 'available', inUse: true, expiresOn: valid }, context);
  expect(kinds(actions)).toEqual({
    activate: 'hidden',
    deactivate: 'disabled',
    turnOn: 'hidden',
    delete: 'disabled',
  });
  expect(actions.deactivate).toMatchObject({
    reason: expect.stringMatching(/turn on another certificate first/),
  });
});

test('a pending certificate waits', () => {
  expect(
    kinds(availableActions({ bindingStatus: 'pending_deployment', inUse: false, expiresOn: valid }, context)),
  ).toMatchObject({ activate: 'disabled', turnOn: 'disabled' });
  expect(
    kinds(availableActions({ bindingStatus: 'pending_deletion', inUse: false, expiresOn: valid }, context)),
  ).toMatchObject({ deactivate: 'disabled', delete: 'disabled' });
});

test('an expired certificate is never deployed: Activate is disabled and says when it expired', () => {
  const actions = availableActions({ bindingStatus: 'inactive', inUse: false, expiresOn: expired }, context);
  expect(actions.activate).toEqual({
    kind: 'disabled',
    reason: 'It expired on Jun 12, 2026: an expired certificate is never deployed. Generate a new one.',
  });
  // It can still be deleted.
  expect(actions.delete.kind).toBe('enabled');
});

test('an expired certificate is never turned on', () => {
  const actions = availableActions({ bindingStatus: 'available', inUse: false, expiresOn: expired }, context);
  expect(actions.turnOn).toMatchObject({
    kind: 'disabled',
    reason: expect.stringMatching(/^It expired on Jun 12, 2026: .*every site Gateway inspects would fail/),
  });
  expect(actions.deactivate.kind).toBe('enabled');
});

test('with 10 available or pending, Activate is disabled and names the limit of 10', () => {
  const actions = availableActions(
    { bindingStatus: 'inactive', inUse: false, expiresOn: valid },
    { now, deployedCount: 10 },
  );
  expect(actions.activate).toMatchObject({
    kind: 'disabled',
    reason: expect.stringMatching(/^At most 10 certificates can be available at once .*has 10\./),
  });
  expect(
    availableActions({ bindingStatus: 'inactive', inUse: false, expiresOn: valid }, { now, deployedCount: 9 })
      .activate.kind,
  ).toBe('enabled');
  // Unknown (the list has not arrived): the server decides.
  expect(
    availableActions(
      { bindingStatus: 'inactive', inUse: false, expiresOn: valid },
      { now, deployedCount: null },
    ).activate.kind,
  ).toBe('enabled');
});

test('available and pending deployment count against the limit; inactive and pending deletion do not', () => {
  expect(
    countDeployed([
      { bindingStatus: 'available' },
      { bindingStatus: 'pending_deployment' },
      { bindingStatus: 'pending_deletion' },
      { bindingStatus: 'inactive' },
    ]),
  ).toBe(2);
});
