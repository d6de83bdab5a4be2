import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from './certificate';
import { freshestCertificate } from './freshest';

const certificate = (fields: Partial<Certificate>) =>
  aCertificate({ id: 'a', updatedAt: '2026-01-01T00:00:00Z', ...fields });

test('the later updated_at wins, whichever was received last', () => {
  const pending = certificate({ bindingStatus: 'pending_deployment', updatedAt: '2026-06-01T00:00:00Z' });
  const available = certificate({ bindingStatus: 'available', updatedAt: '2026-06-01T00:00:04Z' });
  expect(
    freshestCertificate({ certificate: pending, receivedAt: 10 }, { certificate: available, receivedAt: 5 }),
  ).toBe(available);
});

test('on the same updated_at, the later answer wins (turning on changes in_use only)', () => {
  const before = certificate({ bindingStatus: 'available' });
  const after = certificate({ bindingStatus: 'available', inUse: true });
  expect(
    freshestCertificate({ certificate: before, receivedAt: 1 }, { certificate: after, receivedAt: 2 }),
  ).toBe(after);
  expect(
    freshestCertificate({ certificate: after, receivedAt: 2 }, { certificate: before, receivedAt: 1 }),
  ).toBe(after);
});

test('a missing copy is skipped', () => {
  const only = certificate({});
  expect(
    freshestCertificate({ certificate: undefined, receivedAt: 9 }, { certificate: only, receivedAt: 1 }),
  ).toBe(only);
  expect(freshestCertificate({ certificate: undefined, receivedAt: 0 })).toBeUndefined();
});

test('on a tie with the same state, the first copy (the detail) stays', () => {
  const detail = certificate({ fingerprint: 'AA:BB' });
  const row = certificate({ fingerprint: 'CC:DD' });
  expect(
    freshestCertificate({ certificate: detail, receivedAt: 1 }, { certificate: row, receivedAt: 2 }),
  ).toBe(detail);
});
