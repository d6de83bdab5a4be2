import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  LazyCertificateDrawerRoute,
  LazyGenerateCertificateDialog,
  LazyUploadCertificateDialog,
  PRELOAD_AFTER_MS,
  preloadCertificateParts,
} from './lazy-certificate-parts';

let idle: (() => void)[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  idle = [];

  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idle.splice(handle - 1, 1);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const spyOnParts = () => {
  const parts = [LazyGenerateCertificateDialog, LazyUploadCertificateDialog, LazyCertificateDrawerRoute];
  const preloads = parts.map((part) => vi.spyOn(part, 'preload').mockResolvedValue(() => null));
  return () => preloads.map((preload) => preload.mock.calls.length);
};

it('preloads nothing in the first moments after the rows, then the parts one idle moment each, and no more once cancelled', () => {
  const called = spyOnParts();
  const cancel = preloadCertificateParts();
  vi.advanceTimersByTime(PRELOAD_AFTER_MS - 1);
  expect(idle).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(called()).toEqual([0, 0, 0]);
  idle.shift()?.();
  expect(called()).toEqual([1, 0, 0]);
  idle.shift()?.();
  expect(called()).toEqual([1, 1, 0]);
  cancel();
  expect(idle).toEqual([]);
  expect(called()).toEqual([1, 1, 0]);
});

it('starts at once when the user reaches for the page (a key, a pointer), not after the wait', () => {
  const called = spyOnParts();
  const cancel = preloadCertificateParts();
  document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
  idle.shift()?.();
  expect(called()).toEqual([1, 0, 0]);
  cancel();
});

it('cancelled before it starts, it never starts', () => {
  const called = spyOnParts();
  const cancel = preloadCertificateParts();
  cancel();
  document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
  vi.advanceTimersByTime(PRELOAD_AFTER_MS * 2);
  expect(idle).toEqual([]);
  expect(called()).toEqual([0, 0, 0]);
});
