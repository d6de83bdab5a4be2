import { afterEach, expect, test, vi } from 'vitest';
import { afterFirstPaintOf } from './after-first-paint';

afterEach(() => {
  vi.useRealTimers();
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
  vi.unstubAllGlobals();
});

test('a page that never renders goes on after the render wait', async () => {
  vi.useFakeTimers();
  const container = document.body.appendChild(document.createElement('div'));
  const painted = afterFirstPaintOf(container, 300, 3_000);
  expect(await settledAfter(painted, 2_999)).toBe(false);
  expect(await settledAfter(painted, 1)).toBe(true);
});
