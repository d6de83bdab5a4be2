import { afterEach, expect, test, vi } from 'vitest';
import { localStoragePersistence } from './persistence';

afterEach(() => {
  window.localStorage.clear();
});

test('browser storage keeps the mock data under its key', () => {
  const persistence = localStoragePersistence('zt-mock-test');

  expect(persistence.load()).toBeNull();
  persistence.save('{"version":1}');

  expect(window.localStorage.getItem('zt-mock-test')).toBe('{"version":1}');
  expect(localStoragePersistence('zt-mock-test').load()).toBe('{"version":1}');
});

test('a full browser storage warns instead of breaking the demo', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

  expect(() => localStoragePersistence('zt-mock-test').save('{}')).not.toThrow();

  expect(warn).toHaveBeenCalledWith(
    expect.stringMatching(/could not be saved to browser storage/),
    expect.any(DOMException),
  );
});
