import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { onIntentOrAfter } from './on-intent-or-after';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('runs the work once the delay has passed, when nobody has acted', () => {
  const work = vi.fn();
  onIntentOrAfter(work, 3000);
  vi.advanceTimersByTime(2999);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
});

it.each(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'])(
  'runs the work at once on a %s, and only once',
  (type) => {
    const work = vi.fn();
    onIntentOrAfter(work, 3000);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(work).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
  },
);

it('an event that is not one of intent (a scroll) does not start it', () => {
  const work = vi.fn();
  onIntentOrAfter(work, 3000);
  document.dispatchEvent(new Event('scroll'));
  expect(work).not.toHaveBeenCalled();
});

it('runs nothing once cancelled, neither on an event nor after the delay', () => {
  const work = vi.fn();
  const cancel = onIntentOrAfter(work, 3000);
  cancel();
  document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
  vi.advanceTimersByTime(5000);
  expect(work).not.toHaveBeenCalled();
});
