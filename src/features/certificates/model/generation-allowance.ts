import type { Certificate } from './certificate';

export const GENERATIONS_PER_DAY = 3;
const DAY_MS = 86_400_000;

/** The server's last refusal (a 429 that said when): its words, and the time it named. */
export type Refusal = { until: number; message: string };

/**
 * What the screen has learnt about recent generations: when each generated certificate it has seen was
 * created (by id, so a deleted one still counts), and the server's refusal while it holds.
 */
export type GenerationHistory = { createdAt: Record<string, number>; refusal: Refusal | null };

export const EMPTY_HISTORY: GenerationHistory = { createdAt: {}, refusal: null };

export type GenerationAllowance =
  /**
   * At most this many more. Generations the screen never saw (made and deleted elsewhere) also count,
   * so what it has seen gives only an upper bound.
   */
  | { kind: 'up-to'; left: number }
  /** None now, as the generations seen prove: `nextAt` is when the next one is allowed. */
  | { kind: 'none-left'; nextAt: Date }
  /** None now, as the server said: its words (which name the time) hold until then. */
  | { kind: 'refused'; nextAt: Date; message: string };

/**
 * Adds the generated certificates of a list to what the screen has seen. Rule 2 counts generations, not
 * certificates: one seen once keeps counting after it is deleted, until its 24 hours are over.
 */
export function rememberGenerations(
  history: GenerationHistory,
  certificates: Pick<Certificate, 'id' | 'type' | 'createdAt'>[],
  now: number,
): GenerationHistory {
  const createdAt: Record<string, number> = {};
  for (const [id, at] of Object.entries(history.createdAt)) if (at > now - DAY_MS) createdAt[id] = at;
  let changed = Object.keys(createdAt).length !== Object.keys(history.createdAt).length;
  for (const certificate of certificates) {
    if (certificate.type !== 'gateway_managed' || !certificate.createdAt) continue;
    const at = Date.parse(certificate.createdAt);
    if (at <= now - DAY_MS || createdAt[certificate.id] === at) continue;
    createdAt[certificate.id] = at;
    changed = true;
  }
  const refusal = history.refusal && history.refusal.until > now ? history.refusal : null;
  return changed || refusal !== history.refusal ? { createdAt, refusal } : history;
}

/** Keeps a 429 that named the next allowed time, so the screen says it until that time passes. */
export const rememberRefusal = (history: GenerationHistory, refusal: Refusal): GenerationHistory =>
  history.refusal && history.refusal.until > refusal.until ? history : { ...history, refusal };

/** How many more certificates can be generated now: never more than the server would allow. */
export function generationAllowance(history: GenerationHistory, now: number): GenerationAllowance {
  if (history.refusal && history.refusal.until > now) {
    return { kind: 'refused', nextAt: new Date(history.refusal.until), message: history.refusal.message };
  }
  const recent = Object.values(history.createdAt)
    .filter((at) => at > now - DAY_MS)
    .sort((a, b) => a - b);
  if (recent.length >= GENERATIONS_PER_DAY) {
    // The count drops below the limit when the oldest generations that keep it there leave the window.
    const oldestThatCounts = recent[recent.length - GENERATIONS_PER_DAY] ?? now;
    return { kind: 'none-left', nextAt: new Date(oldestThatCounts + DAY_MS) };
  }
  return { kind: 'up-to', left: GENERATIONS_PER_DAY - recent.length };
}
