import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from './certificate';
import { buildSearchIndex, searchCertificates } from './search';

const certificate = (id: string, fields: Partial<Certificate> = {}) => aCertificate({ id, ...fields });

const list = [
  certificate('47a54ba7-0c1d-4e2f-9a3b-1c2d3e4f5a6b', {
    fingerprint: 'AB:CD:EF:01:23:45:67:89:AA:BB',
  }),
  certificate('9f00e1d2-aaaa-4bbb-8ccc-000000000001', {
    name: 'Corporate Root 2026',
    type: 'custom',
    fingerprint: '10:20:30:40:50:60:70:80:90:A0',
  }),
];
const index = buildSearchIndex(list);
const found = (query: string) => searchCertificates(index, query).map((c) => c.id.slice(0, 8));

test('an empty or blank query keeps every certificate, in order', () => {
  expect(found('')).toEqual(['47a54ba7', '9f00e1d2']);
  expect(found('   ')).toEqual(['47a54ba7', '9f00e1d2']);
});

test('matches any part of the name or of the label the screen shows, in any case', () => {
  expect(found('corporate')).toEqual(['9f00e1d2']);
  expect(found('ROOT 2026')).toEqual(['9f00e1d2']);
  expect(found('certificate 47a5')).toEqual(['47a54ba7']);
});

test('matches any part of the id, dashes included', () => {
  expect(found('4E2F-9A3B')).toEqual(['47a54ba7']);
  expect(found('000000000001')).toEqual(['9f00e1d2']);
});

test('matches the fingerprint with colons, without them, or with the spaces a device writes', () => {
  expect(found('cd:ef:01')).toEqual(['47a54ba7']);
  expect(found('CDEF0123')).toEqual(['47a54ba7']);
  expect(found('cd ef 01 23')).toEqual(['47a54ba7']);
  expect(found('  90:A0 ')).toEqual(['9f00e1d2']);
  expect(found('8090a0')).toEqual(['9f00e1d2']);
});

test('finds nothing when nothing contains the query, and never matches across two fields', () => {
  expect(found('expired')).toEqual([]);
  // The end of the name and the start of the id, side by side, are not one match.
  expect(found('20269f00')).toEqual([]);
});

test('a list nobody searches never has its keys made; the first search makes them once', () => {
  const fresh = buildSearchIndex(list);

  expect(searchCertificates(fresh, '  ')).toBe(list);
  expect(fresh.keys).toBeNull();

  searchCertificates(fresh, 'a');
  const keys = fresh.keys;
  expect(keys).toHaveLength(list.length);
  searchCertificates(fresh, 'b');
  expect(fresh.keys).toBe(keys);
});
