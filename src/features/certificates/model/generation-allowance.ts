import type { Certificate } from './certificate';

export const GENERATIONS_PER_DAY = 3;
const DAY_MS = 86_400_000;

export type GenerationAllowance =
  /** At most this many more; deleted certificates also count, so the list can only give an upper bound. */
  { kind: 'up-to'; left: number } | { kind: 'none-left'; nextAt: Date };

/** How many more certificates can be generated now, as far as the list shows. */
export function generationAllowance(certificates: Certificate[], now: number): GenerationAllowance {
  const recent = certificates
    .filter((certificate) => certificate.type === 'gateway_managed' && certificate.createdAt)
    .map((certificate) => Date.parse(certificate.createdAt ?? ''))
    .filter((at) => at > now - DAY_MS)
    .sort((a, b) => a - b);
  if (recent.length >= GENERATIONS_PER_DAY) {
    const oldestThatCounts = recent[recent.length - GENERATIONS_PER_DAY] ?? now;
    return { kind: 'none-left', nextAt: new Date(oldestThatCounts + DAY_MS) };
  }
  return { kind: 'up-to', left: GENERATIONS_PER_DAY - recent.length };
}
