import { afterEach, expect, test, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

afterEach(() => {
  vi.useRealTimers();
});

test('runs once the next frame has come and a task after it has run, and only once', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const work = vi.fn();
  afterNextPaint(work);
  expect(work).not.toHaveBeenCalled();
  // The frame (every 16 ms with fake timers) runs first; the work comes in a task after it.
  vi.advanceTimersByTime(16);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(500);
  expect(work).toHaveBeenCalledTimes(1);
});

test('where no frame comes (a background tab), runs after the fallback', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
  const work = vi.fn();
  afterNextPaint(work, 100);
  vi.advanceTimersByTime(99);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  expect(frames).toHaveBeenCalledTimes(1);
});

test('a cancel before then means it never runs', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const work = vi.fn();
  const cancel = afterNextPaint(work);
  cancel();
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(500);
  expect(work).not.toHaveBeenCalled();
});
