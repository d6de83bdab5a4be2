import { afterEach, expect, test, vi } from 'vitest';
import { afterFirstPaintOf } from './after-first-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** Whether the promise has settled, after letting timers and frames that are due run. */
async function settledAfter(promise: Promise<void>, ms: number) {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

test('settles once the first content put in the container has had a frame to paint', async () => {
  vi.useFakeTimers();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300);
  let settled = false;
  void painted.then(() => {
    settled = true;
  });

  await vi.advanceTimersByTimeAsync(100);
  expect(settled).toBe(false);

  container.append(document.createElement('main'));
  // The mutation is seen, then a frame (requestAnimationFrame), then the task after it.
  await vi.advanceTimersByTimeAsync(40);
  expect(settled).toBe(true);
});

test('a container that already has content only waits for the next frame', async () => {
  vi.useFakeTimers();
  const container = document.body.appendChild(document.createElement('div'));
  container.append(document.createElement('main'));
  expect(await settledAfter(afterFirstPaintOf(container, 300), 40)).toBe(true);
});

test('a first render slower than the frame fallback is waited for', async () => {
  vi.useFakeTimers();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  expect(await settledAfter(painted, 1_000)).toBe(false);
  container.append(document.createElement('main'));
  expect(await settledAfter(painted, 40)).toBe(true);
});

test('a tab in the background, which paints no frame, goes on the fallback time after the content', async () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', () => 0);
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  expect(await settledAfter(painted, 500)).toBe(false);
  container.append(document.createElement('main'));
  expect(await settledAfter(painted, 299)).toBe(false);
  expect(await settledAfter(painted, 1)).toBe(true);
});

test('a page that never renders goes on after the render wait', async () => {
  vi.useFakeTimers();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  expect(await settledAfter(painted, 2_999)).toBe(false);
  expect(await settledAfter(painted, 1)).toBe(true);
});

/** A browser that reports paints: the test says when its first contentful paint is reported. */
function stubPaintReports({ alreadyReported = false } = {}) {
  const observers = new Set<(entries: { name: string }[]) => void>();
  const report = () => {
    for (const callback of observers) callback([{ name: 'first-contentful-paint' }]);
  };
  class FakePerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(private readonly callback: (list: { getEntries: () => { name: string }[] }) => void) {}
    readonly deliver = (entries: { name: string }[]) => this.callback({ getEntries: () => entries });
    observe(options: { type: string; buffered?: boolean }) {
      if (options.type !== 'paint') return;
      observers.add(this.deliver);
      // A buffered entry comes in a task of its own, as in a browser.
      if (alreadyReported && options.buffered)
        setTimeout(() => this.deliver([{ name: 'first-contentful-paint' }]), 0);
    }
    disconnect() {
      observers.delete(this.deliver);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  return { report, watching: () => observers.size };
}

test('where the browser reports paints, it waits for the first contentful paint to be reported, not only for the frames', async () => {
  vi.useFakeTimers();
  const paints = stubPaintReports();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  container.append(document.createElement('main'));
  // The frames have run, but the paint has not reached the screen yet (headless Chromium: 13-30 ms later).
  expect(await settledAfter(painted, 100)).toBe(false);
  paints.report();
  expect(await settledAfter(painted, 1)).toBe(true);
  expect(paints.watching()).toBe(0);
});

test('a first contentful paint reported already is taken, once the frames have run', async () => {
  vi.useFakeTimers();
  stubPaintReports({ alreadyReported: true });
  const container = document.body.appendChild(document.createElement('div'));
  container.append(document.createElement('main'));
  expect(await settledAfter(afterFirstPaintOf(container, 300, 3_000), 40)).toBe(true);
});

test('a paint reported before the frames have run still waits for them', async () => {
  vi.useFakeTimers();
  const paints = stubPaintReports();
  let frame: FrameRequestCallback | null = null;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frame = callback;
    return 1;
  });
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  container.append(document.createElement('main'));
  await vi.advanceTimersByTimeAsync(0);
  paints.report();
  expect(await settledAfter(painted, 10)).toBe(false);
  (frame as FrameRequestCallback | null)?.(0);
  (frame as FrameRequestCallback | null)?.(16);
  expect(await settledAfter(painted, 1)).toBe(true);
});

test('a paint never reported (a tab in the background) goes on the fallback time after the content', async () => {
  vi.useFakeTimers();
  const paints = stubPaintReports();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  container.append(document.createElement('main'));
  expect(await settledAfter(painted, 299)).toBe(false);
  expect(await settledAfter(painted, 1)).toBe(true);
  expect(paints.watching()).toBe(0);
});
