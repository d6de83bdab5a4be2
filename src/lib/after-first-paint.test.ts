import { afterEach, expect, test, vi } from 'vitest';
import { afterFirstContentfulPaint } from './after-first-paint';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A PerformanceObserver stand-in whose `paint` reports the test sends by hand. */
function fakePaintTiming() {
  const observers: { callback: Callback; disconnected: boolean }[] = [];
  class FakeObserver {
    private readonly entry: { callback: Callback; disconnected: boolean };
    constructor(callback: Callback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const paint = (name: string) => {
    for (const observer of observers) {
      if (!observer.disconnected)
        observer.callback({ getEntriesByName: (asked) => (asked === name ? [{}] : []) });
    }
  };
  return { paint, observers };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('waits for the first contentful paint, not an earlier paint, then stops listening', async () => {
  vi.useFakeTimers();
  const timing = fakePaintTiming();
  let settled = false;
  void afterFirstContentfulPaint(300).then(() => {
    settled = true;
  });

  timing.paint('first-paint');
  await vi.advanceTimersByTimeAsync(100);
  expect(settled).toBe(false);

  timing.paint('first-contentful-paint');
  await vi.advanceTimersByTimeAsync(0);
  expect(settled).toBe(true);
  expect(timing.observers.every((observer) => observer.disconnected)).toBe(true);
});

test('a page that paints nothing (a tab in the background) goes on after the fallback time', async () => {
  vi.useFakeTimers();
  fakePaintTiming();
  let settled = false;
  void afterFirstContentfulPaint(300).then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(299);
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(settled).toBe(true);
});

test('without paint timing at all, the timer decides', async () => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      observe() {
        throw new TypeError('paint is not a supported entry type');
      }
      disconnect() {}
    },
  );
  let settled = false;
  void afterFirstContentfulPaint(50).then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(50);
  expect(settled).toBe(true);
});
