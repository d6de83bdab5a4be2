/**
 * This tab's clock, pinned by `?now=` for the tab's session (sessionStorage), as an offset from real time
 * so time keeps running: pending states still end, and a reload carries on from where it was.
 */
const KEY = 'zt-certificates-mock-now';

let offsetMs: number | null = null;

function stored(): number {
  try {
    const value = Number(window.sessionStorage.getItem(KEY) ?? '0');
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}

/** How far this tab's clock is from real time, in ms. */
export function tabClockOffset(): number {
  offsetMs ??= stored();
  return offsetMs;
}

/** Sets this tab's clock to `instantMs` now; it runs on from there. */
export function pinTabClock(instantMs: number): void {
  offsetMs = instantMs - Date.now();
  try {
    window.sessionStorage.setItem(KEY, String(offsetMs));
  } catch {
    // Storage refused (private mode, quota): the pin holds for this page only.
  }
}

/** Back to real time in this tab. */
export function clearTabClock(): void {
  offsetMs = 0;
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored to remove.
  }
}
