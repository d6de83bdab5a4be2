import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { clockOffset, now, setClockOffset, subscribeClock } from './clock';
import { useNow } from './use-now';

const DAY_MS = 86_400_000;

afterEach(() => {
  setClockOffset(0);
  vi.useRealTimers();
});

test('now() is real time until the demo moves it, and it keeps running from there', () => {
  vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z') });
  expect(now()).toBe(Date.parse('2026-03-01T12:00:00Z'));

  setClockOffset(30 * DAY_MS);
  expect(clockOffset()).toBe(30 * DAY_MS);
  expect(now()).toBe(Date.parse('2026-03-31T12:00:00Z'));
  vi.advanceTimersByTime(1000);
  expect(now()).toBe(Date.parse('2026-03-31T12:00:01Z'));
});

test('listeners hear a change, not a repeat, and not after they leave', () => {
  const listener = vi.fn();
  const leave = subscribeClock(listener);
  setClockOffset(DAY_MS);
  setClockOffset(DAY_MS);
  setClockOffset(Number.NaN);
  expect(listener).toHaveBeenCalledOnce();
  leave();
  setClockOffset(0);
  expect(listener).toHaveBeenCalledOnce();
});

function Today() {
  return <p>{new Date(useNow()).toISOString().slice(0, 10)}</p>;
}

test('the screen re-renders at once when the clock moves', () => {
  vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z') });
  render(<Today />);
  expect(screen.getByText('2026-03-01')).toBeInTheDocument();
  act(() => setClockOffset(365 * DAY_MS));
  expect(screen.getByText('2027-03-01')).toBeInTheDocument();
});
