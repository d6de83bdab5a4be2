import { formatCount } from '../../lib/format-date';

/** Reading the Demo settings speed fields: what a presenter types, or why it cannot be used. */
export const MAX_PENDING_SECONDS = 600;
export const MAX_LATENCY_MS = 60_000;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Seconds, whole or with up to one decimal (0.5 is a quick demo), from 0 to 600. */
export function parsePendingSeconds(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter how many seconds Pending lasts, from 0 to 600.' };
  if (!/^\d{1,3}(\.\d)?$/.test(trimmed) || Number(trimmed) > MAX_PENDING_SECONDS) {
    return {
      ok: false,
      message: `"${trimmed}" is not a number of seconds from 0 to ${MAX_PENDING_SECONDS} (one decimal at most, such as 0.5).`,
    };
  }
  return { ok: true, value: Number(trimmed) };
}

/** Whole milliseconds from 0 to 60,000. */
export function parseLatencyMs(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: 'Enter how slow each answer is, in milliseconds from 0 to 60,000.' };
  if (!/^\d{1,5}$/.test(trimmed) || Number(trimmed) > MAX_LATENCY_MS) {
    return {
      ok: false,
      message: `"${trimmed}" is not a whole number of milliseconds from 0 to ${formatCount(MAX_LATENCY_MS)}.`,
    };
  }
  return { ok: true, value: Number(trimmed) };
}
