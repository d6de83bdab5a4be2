import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachWhenIdle } from './when-idle';

describe('eachWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the works one idle period each, in order', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const ran: string[] = [];
    eachWhenIdle([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')]);

    expect(ran).toEqual([]);
    idle.shift()?.();
    expect(ran).toEqual(['a']);
    idle.shift()?.();
    expect(ran).toEqual(['a', 'b']);
    idle.shift()?.();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(idle).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('runs none of those left once cancelled (without requestIdleCallback, on timers)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    const cancel = eachWhenIdle([() => ran.push('a'), () => ran.push('b')]);
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['a']);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['a']);
    vi.unstubAllGlobals();
  });
});
