import { afterEach, expect, test, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('waits for the page to be idle, with a deadline', () => {
  const requestIdleCallback = vi.fn();
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  const task = vi.fn();

  whenIdle(task, { timeoutMs: 1500 });

  expect(task).not.toHaveBeenCalled();
  expect(requestIdleCallback).toHaveBeenCalledWith(task, { timeout: 1500 });
});

test('looks for an idle moment only after the delay it is given', () => {
  vi.useFakeTimers();
  const requestIdleCallback = vi.fn();
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  const task = vi.fn();

  whenIdle(task, { afterMs: 2000 });
  vi.advanceTimersByTime(1999);
  expect(requestIdleCallback).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);

  expect(requestIdleCallback).toHaveBeenCalledWith(task, { timeout: 2000 });
});

test('a browser without idle callbacks runs the task shortly after', () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', undefined);
  const task = vi.fn();

  whenIdle(task);
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(200);

  expect(task).toHaveBeenCalledOnce();
});
