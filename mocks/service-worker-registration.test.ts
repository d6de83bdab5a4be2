import { afterEach, expect, test, vi } from 'vitest';
import { untilMockWorkerControls } from './service-worker-registration';

/** A stand-in for navigator.serviceWorker: a controller or none, and controllerchange events. */
function fakeContainer(controller: object | null) {
  const container = Object.assign(new EventTarget(), { controller });
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: container });
  return container;
}

const registration = (state: 'installing' | 'waiting' | 'active') =>
  ({ installing: null, waiting: null, active: null, [state]: {} }) as unknown as ServiceWorkerRegistration;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  window.__ztMockWorker = undefined;
});

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

test('without the early script (dev server, tests) MSW starts at once', async () => {
  fakeContainer(null);
  expect(await settled(untilMockWorkerControls())).toBe(true);
});

test('a worker still installing is waited for until it controls the page', async () => {
  const container = fakeContainer(null);
  window.__ztMockWorker = Promise.resolve(registration('installing'));
  const waiting = untilMockWorkerControls();
  expect(await settled(waiting)).toBe(false);

  container.controller = {};
  container.dispatchEvent(new Event('controllerchange'));
  expect(await settled(waiting)).toBe(true);
});

test('a page the worker already controls, or a hard reload (active, not in control), is left to MSW', async () => {
  fakeContainer({});
  window.__ztMockWorker = Promise.resolve(registration('installing'));
  expect(await settled(untilMockWorkerControls())).toBe(true);

  fakeContainer(null);
  window.__ztMockWorker = Promise.resolve(registration('active'));
  expect(await settled(untilMockWorkerControls())).toBe(true);
});

test('a failed early registration is left to MSW’s start to report', async () => {
  fakeContainer(null);
  window.__ztMockWorker = Promise.resolve(null);
  expect(await settled(untilMockWorkerControls())).toBe(true);
});

test('a worker that never takes the page does not hold the demo up for ever', async () => {
  vi.useFakeTimers();
  fakeContainer(null);
  window.__ztMockWorker = Promise.resolve(registration('waiting'));
  const waiting = untilMockWorkerControls();
  await vi.advanceTimersByTimeAsync(4_999);
  let done = false;
  void waiting.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(done).toBe(true);
});
