import { formatCount } from '../../../lib/format-date';

/** The durations the Generate dialog offers, in the screen's words. */
export const DURATION_PRESETS = [
  { label: '1 year', days: 365 },
  { label: '2 years', days: 730 },
  { label: '3 years', days: 1095 },
  { label: '4 years', days: 1460 },
  { label: '5 years (recommended)', days: 1825 },
] as const;

export const DEFAULT_VALIDITY_DAYS = 1825;
export const MIN_VALIDITY_DAYS = 1;
export const MAX_VALIDITY_DAYS = 10950;

export type DaysResult = { ok: true; days: number } | { ok: false; message: string };

const RANGE = `a whole number of days from ${MIN_VALIDITY_DAYS} to ${formatCount(MAX_VALIDITY_DAYS)} (30 years)`;

/**
 * Reads what a person typed in the Days field. Only plain ASCII digits count: "1e3", "1.5",
 * "٣٠" or " 30 " with inner spaces are refused rather than guessed at.
 */
export function parseValidityDays(input: string): DaysResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: `Enter the number of days: ${RANGE}.` };
  if (!/^[0-9]+$/.test(text)) {
    return { ok: false, message: `"${text.length > 20 ? `${text.slice(0, 20)}…` : text}" is not ${RANGE}.` };
  }
  const days = Number(text);
  if (days < MIN_VALIDITY_DAYS)
    return { ok: false, message: `A certificate must last at least 1 day: enter ${RANGE}.` };
  if (days > MAX_VALIDITY_DAYS)
    return { ok: false, message: `At most 10,950 days (30 years): enter ${RANGE}.` };
  return { ok: true, days };
}

const DAY_MS = 86_400_000;

/** When a certificate generated now for `days` would expire. */
export const expiryAfter = (days: number, now: number) => new Date(now + days * DAY_MS);
