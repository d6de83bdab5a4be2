import type { Certificate } from './certificate';

export const GENERATIONS_PER_DAY = 3;
const DAY_MS = 86_400_000;

/**
 * What the screen has learnt about recent generations: when each generated certificate it has seen was
 * created (by id, so a deleted one still counts), and the next allowed time a refusal named, if any.
 */
export type GenerationHistory = { createdAt: Record<string, number>; refusedUntil: number | null };

export const EMPTY_HISTORY: GenerationHistory = { createdAt: {}, refusedUntil: null };

export type GenerationAllowance =
  /**
   * At most this many more. Generations the screen never saw (made and deleted elsewhere) also count,
   * so what it has seen gives only an upper bound.
   */
  | { kind: 'up-to'; left: number }
  /** None now; `nextAt` is when the next one is allowed; `refused` when the server said so. */
  | { kind: 'none-left'; nextAt: Date; refused: boolean };

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
  const refusedUntil =
    history.refusedUntil !== null && history.refusedUntil > now ? history.refusedUntil : null;
  return changed || refusedUntil !== history.refusedUntil ? { createdAt, refusedUntil } : history;
}

/**
 * Keeps the next allowed time a 429 named, so the screen says it until that time passes. A refusal that
 * names no time holds for 24 hours, the longest any generation counts.
 */
export const rememberRefusal = (
  history: GenerationHistory,
  nextAt: number | null,
  now: number,
): GenerationHistory => ({
  ...history,
  refusedUntil: Math.max(nextAt ?? now + DAY_MS, history.refusedUntil ?? 0),
});

/** How many more certificates can be generated now: never more than the server would allow. */
export function generationAllowance(history: GenerationHistory, now: number): GenerationAllowance {
  if (history.refusedUntil !== null && history.refusedUntil > now) {
    return { kind: 'none-left', nextAt: new Date(history.refusedUntil), refused: true };
  }
  const recent = Object.values(history.createdAt)
    .filter((at) => at > now - DAY_MS)
    .sort((a, b) => a - b);
  if (recent.length >= GENERATIONS_PER_DAY) {
    // The count drops below the limit when the oldest generations that keep it there leave the window.
    const oldestThatCounts = recent[recent.length - GENERATIONS_PER_DAY] ?? now;
    return { kind: 'none-left', nextAt: new Date(oldestThatCounts + DAY_MS), refused: false };
  }
  return { kind: 'up-to', left: GENERATIONS_PER_DAY - recent.length };
}
