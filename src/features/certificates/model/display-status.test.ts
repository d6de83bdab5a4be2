import { expect, test } from 'vitest';
import { displayStatus } from './display-status';

test.each([
  ['inactive', false, 'Inactive'],
  ['pending_deployment', false, 'Pending'],
  ['pending_deletion', false, 'Pending'],
  ['available', false, 'Available'],
  ['available', true, 'Available and In-Use'],
] as const)('%s (in use: %s) shows as %s', (bindingStatus, inUse, shown) => {
  expect(displayStatus({ bindingStatus, inUse })).toBe(shown);
});
