import { expect, test } from 'vitest';
import { expiredNotice, expiryState, turnOnExpiryWarning } from './expiry';

const now = Date.parse('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const at = (offset: number) => ({ expiresOn: new Date(now + offset).toISOString() });

test.each([
  [-DAY, 'expired'],
  [0, 'expired'],
  [7 * DAY, 'expiring-soon'],
  [30 * DAY, 'expiring-soon'],
  [31 * DAY, 'valid'],
] as const)('an expiry %i ms away is %s', (offset, state) => {
  expect(expiryState(at(offset), now)).toBe(state);
});

test('an expired certificate says it expired, when, and what it can no longer do', () => {
  expect(expiredNotice(at(-3 * DAY), now)).toBe(
    'This certificate expired on Jun 12, 2026 (expired 3 days ago). It can no longer be activated or turned on: devices reject every site Gateway would sign with it. Generate a new certificate instead.',
  );
  expect(expiredNotice(at(3 * DAY), now)).toBeNull();
  expect(expiredNotice({ expiresOn: null }, now)).toBeNull();
});

test('turning on one that expires within 30 days names the date and what happens then', () => {
  const warning = turnOnExpiryWarning(at(7 * DAY), now);
  expect(warning).toMatch(/^It expires on Jun 22, 2026, \d{1,2}:\d\d [AP]M \S+ \(in 7 days\)\./);
  expect(warning).toMatch(/every site Gateway inspects fails on every device/);
  expect(turnOnExpiryWarning(at(31 * DAY), now)).toBeNull();
  expect(turnOnExpiryWarning(at(-DAY), now)).toBeNull();
});
