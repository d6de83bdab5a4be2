import { afterEach, expect, it, vi } from 'vitest';
import {
  LazyCertificateDrawerRoute,
  LazyGenerateCertificateDialog,
  LazyUploadCertificateDialog,
  preloadCertificateParts,
} from './lazy-certificate-parts';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('preloads the dialogs and the drawer one idle moment each, and no more once cancelled', () => {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idle.splice(handle - 1, 1);
  });
  const parts = [LazyGenerateCertificateDialog, LazyUploadCertificateDialog, LazyCertificateDrawerRoute];
  const preloads = parts.map((part) => vi.spyOn(part, 'preload').mockResolvedValue(() => null));
  const called = () => preloads.map((preload) => preload.mock.calls.length);

  const cancel = preloadCertificateParts();
  expect(called()).toEqual([0, 0, 0]);
  idle.shift()?.();
  expect(called()).toEqual([1, 0, 0]);
  idle.shift()?.();
  expect(called()).toEqual([1, 1, 0]);
  cancel();
  expect(idle).toEqual([]);
  expect(called()).toEqual([1, 1, 0]);
});
