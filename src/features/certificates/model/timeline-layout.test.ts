import { expect, test } from 'vitest';
import type { Certificate } from './certificate';
import { axisTicks, barOf, MIN_BAR_WIDTH, timelineDomain, xOf } from './timeline-layout';

const certificate = (createdAt: string | null, expiresOn: string | null, inUse = false): Certificate => ({
  id: `${createdAt}-${expiresOn}`,
  name: null,
  bindingStatus: inUse ? 'available' : 'inactive',
  inUse,
  type: 'gateway_managed',
  pem: '',
  fingerprint: '',
  issuerOrg: '',
  issuerRaw: '',
  createdAt,
  updatedAt: null,
  uploadedOn: null,
  expiresOn,
});

const NOW = Date.parse('2026-12-02T10:00:00Z');
const domain = { start: Date.parse('2026-01-01T00:00:00Z'), end: Date.parse('2027-01-01T00:00:00Z') };

test('a date maps linearly onto the axis, and outside it to its ends', () => {
  expect(xOf(domain.start, domain)).toBe(0);
  expect(xOf(domain.end, domain)).toBe(1);
  expect(xOf(Date.parse('2026-07-02T12:00:00Z'), domain)).toBeCloseTo(0.5, 2);
  expect(xOf(Date.parse('2020-01-01T00:00:00Z'), domain)).toBe(0);
  expect(xOf(Date.parse('2030-01-01T00:00:00Z'), domain)).toBe(1);
  expect(xOf(5, { start: 5, end: 5 })).toBe(0);
});

test('the axis runs from the first creation to the last expiry in whole months, with today inside', () => {
  const list = [
    certificate('2025-03-15T08:00:00Z', '2030-03-15T08:00:00Z'),
    certificate('2026-06-01T00:00:00Z', '2027-06-01T00:00:00Z'),
    certificate(null, null),
  ];
  expect(timelineDomain(list, NOW)).toEqual({
    start: Date.parse('2025-03-01T00:00:00Z'),
    end: Date.parse('2030-04-01T00:00:00Z'),
  });
  // Everything expired long ago: the axis still reaches today.
  const old = timelineDomain([certificate('2020-01-10T00:00:00Z', '2021-01-10T00:00:00Z')], NOW);
  expect(old.end).toBe(Date.parse('2027-01-01T00:00:00Z'));
  // No dates at all: a year either side of today.
  expect(timelineDomain([certificate(null, null)], NOW)).toEqual({
    start: Date.parse('2025-12-01T00:00:00Z'),
    end: Date.parse('2028-01-01T00:00:00Z'),
  });
});

test('a bar runs from creation to expiry, and says whether it expired and whether it is in use', () => {
  const bar = barOf(certificate('2026-01-01T00:00:00Z', '2026-07-02T12:00:00Z', true), domain, NOW);
  expect(bar?.x).toBe(0);
  expect(bar?.width).toBeCloseTo(0.5, 2);
  expect(bar?.expired).toBe(true);
  expect(bar?.inUse).toBe(true);
  const live = barOf(certificate('2026-07-02T12:00:00Z', '2031-01-01T00:00:00Z'), domain, NOW);
  expect(live?.x).toBeCloseTo(0.5, 2);
  expect((live?.x ?? 0) + (live?.width ?? 0)).toBeCloseTo(1, 5);
  expect(live?.expired).toBe(false);
  expect(barOf(certificate(null, '2027-01-01T00:00:00Z'), domain, NOW)).toBeNull();
});

test('a very short certificate still gets a visible bar, kept inside the axis', () => {
  const bar = barOf(certificate('2026-12-31T23:00:00Z', '2026-12-31T23:30:00Z'), domain, NOW);
  expect(bar?.width).toBe(MIN_BAR_WIDTH);
  expect((bar?.x ?? 2) + (bar?.width ?? 0)).toBeLessThanOrEqual(1);
});

test('ticks fall on whole years, spaced to fit, or on months for a short axis', () => {
  const fiveYears = { start: Date.parse('2025-03-01T00:00:00Z'), end: Date.parse('2030-04-01T00:00:00Z') };
  expect(axisTicks(fiveYears, 6).map((t) => t.label)).toEqual(['2026', '2027', '2028', '2029', '2030']);
  const thirtyYears = { start: Date.parse('2026-01-01T00:00:00Z'), end: Date.parse('2056-02-01T00:00:00Z') };
  expect(axisTicks(thirtyYears, 6).map((t) => t.label)).toEqual(['2030', '2040', '2050']);
  expect(axisTicks(thirtyYears, 7).map((t) => t.label)).toEqual([
    '2030',
    '2035',
    '2040',
    '2045',
    '2050',
    '2055',
  ]);
  const ticks = axisTicks(domain, 6);
  expect(ticks.map((t) => t.label)).toEqual([
    'Jan 2026',
    'Mar 2026',
    'May 2026',
    'Jul 2026',
    'Sep 2026',
    'Nov 2026',
    'Jan 2027',
  ]);
  expect(ticks.length).toBeGreaterThan(0);
  for (const tick of ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
});
