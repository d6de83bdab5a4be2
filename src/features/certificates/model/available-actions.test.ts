import { expect, test } from 'vitest';
import { availableActions } from './available-actions';

const kinds = (actions: ReturnType<typeof availableActions>) =>
  Object.fromEntries(Object.entries(actions).map(([name, state]) => [name, state.kind]));

test('an inactive certificate can be activated or deleted', () => {
  expect(kinds(availableActions({ bindingStatus: 'inactive', inUse: false }))).toEqual({
    activate: 'enabled',
    deactivate: 'hidden',
    turnOn: 'hidden',
    delete: 'enabled',
  });
});

test('an available certificate can be turned on or deactivated, and says why it cannot be deleted', () => {
  const actions = availableActions({ bindingStatus: 'available', inUse: false });
  expect(kinds(actions)).toEqual({
    activate: 'hidden',
    deactivate: 'enabled',
    turnOn: 'enabled',
    delete: 'disabled',
  });
  expect(actions.delete).toMatchObject({ reason: expect.stringMatching(/Deactivate it first/) });
});

test('the certificate in use can be neither deactivated nor deleted, with the way out', () => {
  const actions = availableActions({ bindingStatus: 'available', inUse: true });
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
  expect(kinds(availableActions({ bindingStatus: 'pending_deployment', inUse: false }))).toMatchObject({
    activate: 'disabled',
    turnOn: 'disabled',
  });
  expect(kinds(availableActions({ bindingStatus: 'pending_deletion', inUse: false }))).toMatchObject({
    deactivate: 'disabled',
    delete: 'disabled',
  });
});
