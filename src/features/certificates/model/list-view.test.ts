import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from './certificate';
import { DEFAULT_VIEW, nextSort, readView, viewCertificates, writeView } from './list-view';

const certificate = (id: string, fields: Partial<Certificate>) => aCertificate({ id, ...fields });

const list = [
  certificate('a', { createdAt: '2026-03-01T00:00:00Z', expiresOn: '2027-01-01T00:00:00Z' }),
  certificate('b', {
    createdAt: '2026-01-01T00:00:00Z',
    expiresOn: '2031-01-01T00:00:00Z',
    bindingStatus: 'available',
    inUse: true,
  }),
  certificate('c', {
    createdAt: '2026-02-01T00:00:00Z',
    expiresOn: '2029-01-01T00:00:00Z',
    bindingStatus: 'pending_deployment',
  }),
  certificate('d', {
    createdAt: '2026-04-01T00:00:00Z',
    expiresOn: '2028-01-01T00:00:00Z',
    bindingStatus: 'available',
  }),
];
const ids = (certificates: Certificate[]) => certificates.map((c) => c.id);

test('sorts by created, newest first by default, and oldest first on request', () => {
  expect(ids(viewCertificates(list, { status: 'all', sort: 'created', direction: 'desc' }))).toEqual([
    'd',
    'a',
    'c',
    'b',
  ]);
  expect(ids(viewCertificates(list, { status: 'all', sort: 'created', direction: 'asc' }))).toEqual([
    'b',
    'c',
    'a',
    'd',
  ]);
});

test('sorts by expiry', () => {
  expect(ids(viewCertificates(list, { status: 'all', sort: 'expires', direction: 'asc' }))).toEqual([
    'a',
    'd',
    'c',
    'b',
  ]);
});

test('filters by the display status, telling Available from Available and In-Use', () => {
  expect(ids(viewCertificates(list, { status: 'Available', sort: 'created', direction: 'desc' }))).toEqual([
    'd',
  ]);
  expect(
    ids(viewCertificates(list, { status: 'Available and In-Use', sort: 'created', direction: 'desc' })),
  ).toEqual(['b']);
  expect(ids(viewCertificates(list, { status: 'Pending', sort: 'created', direction: 'desc' }))).toEqual([
    'c',
  ]);
});

test('the view survives the address round trip, and nonsense falls back to the default', () => {
  const view = {
    status: 'Pending',
    sort: 'expires',
    direction: 'asc',
    q: 'AB:CD',
    layout: 'timeline',
  } as const;
  expect(readView(writeView(view))).toEqual(view);
  expect(writeView(view).toString()).toBe('status=Pending&sort=expires&dir=asc&q=AB%3ACD&view=timeline');
  expect(readView(new URLSearchParams('status=<b>&sort=name&dir=up&view=chart'))).toEqual({
    status: 'all',
    sort: 'created',
    direction: 'desc',
    q: '',
    layout: 'table',
  });
  expect(readView(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200);
});

test('the default view leaves the address clean', () => {
  expect(writeView(readView(new URLSearchParams())).toString()).toBe('');
});

test('the first click on Expires sorts the soonest first; on Created, the newest first; again reverses', () => {
  const view = DEFAULT_VIEW;
  expect(nextSort(view, 'expires')).toEqual({ ...DEFAULT_VIEW, sort: 'expires', direction: 'asc' });
  expect(nextSort(nextSort(view, 'expires'), 'expires')).toMatchObject({ direction: 'desc' });
  expect(nextSort({ ...view, sort: 'expires', direction: 'asc' }, 'created')).toMatchObject({
    sort: 'created',
    direction: 'desc',
  });
  expect(nextSort(view, 'created')).toMatchObject({ direction: 'asc' });
});

test('dates alike are ordered by id, the same way in both directions', () => {
  const same = { createdAt: '2026-05-01T00:00:00Z', expiresOn: '2027-05-01T00:00:00Z' };
  const tied = ['f3', '0a', 'b1', '9c'].map((id) => certificate(id, same));
  for (const direction of ['asc', 'desc'] as const) {
    expect(ids(viewCertificates(tied, { status: 'all', sort: 'expires', direction }))).toEqual([
      '0a',
      '9c',
      'b1',
      'f3',
    ]);
  }
});
