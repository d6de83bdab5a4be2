import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import { isSelectable, selectAllState, selectedAmong, withSelected } from './bulk-selection';
import type { Certificate } from './certificate';

const certificate = (id: string, fields: Partial<Certificate> = {}) => aCertificate({ id, ...fields });

test('only Inactive certificates can be selected', () => {
  expect(isSelectable(certificate('a'))).toBe(true);
  expect(isSelectable(certificate('b', { bindingStatus: 'pending_deployment' }))).toBe(false);
  expect(isSelectable(certificate('c', { bindingStatus: 'available' }))).toBe(false);
  expect(isSelectable(certificate('d', { bindingStatus: 'available', inUse: true }))).toBe(false);
  expect(isSelectable(certificate('e', { bindingStatus: 'pending_deletion' }))).toBe(false);
});

test('a bulk delete acts only on selected rows that are shown and still Inactive, in the order shown', () => {
  const shown = [
    certificate('c'),
    certificate('a', { bindingStatus: 'pending_deployment' }),
    certificate('b'),
  ];
  // "z" is selected but filtered away; "a" was activated after it was selected.
  const selected = new Set(['a', 'b', 'c', 'z']);
  expect(selectedAmong(shown, selected).map((c) => c.id)).toEqual(['c', 'b']);
  expect(selectedAmong(shown, new Set())).toEqual([]);
});

test('select-all adds and removes a group, and tells all, some and none apart', () => {
  const some = withSelected(new Set(['x']), ['a', 'b'], true);
  expect([...some].sort()).toEqual(['a', 'b', 'x']);
  expect(selectAllState(['a', 'b', 'c'], some)).toBe('some');
  expect(selectAllState(['a', 'b'], some)).toBe('all');
  expect(selectAllState(['c'], some)).toBe('none');
  expect([...withSelected(some, ['a', 'b'], false)]).toEqual(['x']);
});
