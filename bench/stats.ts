export const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const worst = (values: number[]): number => (values.length ? Math.max(...values) : Number.NaN);

export const round = (value: number, digits = 0): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export type Summary = { median: number; worst: number; runs: number[] };

/** Median and worst of the runs that produced a number (a run without one is left out). */
export const summarise = (runs: number[], digits = 0): Summary => {
  const measured = runs.filter((run) => Number.isFinite(run));
  return {
    median: round(median(measured), digits),
    worst: round(worst(measured), digits),
    runs: measured.map((run) => round(run, digits)),
  };
};

/** Rejects if `promise` has not settled within `ms`, with a message that says what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
