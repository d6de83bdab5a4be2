import type { Certificate } from './certificate';

/** A stretch of time the axis spans, in epoch milliseconds. */
export type Domain = { start: number; end: number };
export type TimelineBar = {
  /** Where the bar starts and how wide it is, as fractions of the axis (0 to 1). */
  x: number;
  width: number;
  expired: boolean;
  inUse: boolean;
};
export type Tick = { x: number; label: string };

const DAY_MS = 86_400_000;
/** A one-day certificate on a 30-year axis still shows as a bar someone can see and click. */
export const MIN_BAR_WIDTH = 0.004;

const dates = (certificate: Pick<Certificate, 'createdAt' | 'expiresOn'>) =>
  certificate.createdAt && certificate.expiresOn
    ? { from: Date.parse(certificate.createdAt), to: Date.parse(certificate.expiresOn) }
    : null;

const monthStart = (time: number) => {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
};
const nextMonthStart = (time: number) => {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
};

/**
 * The axis for a set of certificates: from the earliest creation to the latest expiry, today always
 * inside, widened to whole months (UTC). Without any dates, the year either side of today.
 */
export function timelineDomain(certificates: readonly Certificate[], now: number): Domain {
  let start = now;
  let end = now;
  let dated = false;
  for (const certificate of certificates) {
    const span = dates(certificate);
    if (!span) continue;
    dated = true;
    start = Math.min(start, span.from);
    end = Math.max(end, span.to);
  }
  if (!dated) return { start: monthStart(now - 365 * DAY_MS), end: nextMonthStart(now + 365 * DAY_MS) };
  return { start: monthStart(start), end: nextMonthStart(end) };
}

/** Where a moment falls on the axis, as a fraction from 0 (its start) to 1 (its end), clamped. */
export function xOf(time: number, domain: Domain): number {
  const span = domain.end - domain.start;
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (time - domain.start) / span));
}

/** A certificate's bar, from creation to expiry; null when either date is not known. */
export function barOf(
  certificate: Pick<Certificate, 'createdAt' | 'expiresOn' | 'inUse'>,
  domain: Domain,
  now: number,
): TimelineBar | null {
  const span = dates(certificate);
  if (!span) return null;
  const from = xOf(span.from, domain);
  const to = xOf(span.to, domain);
  const width = Math.max(to - from, MIN_BAR_WIDTH);
  return {
    x: Math.min(from, 1 - width),
    width,
    expired: span.to <= now,
    inUse: certificate.inUse,
  };
}

const YEAR_STEPS = [1, 2, 5, 10];
const MONTH_STEPS = [1, 2, 3, 6];
const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Labelled ticks at whole years (or months, on an axis shorter than about two years), spaced so that
 * at most `maxTicks` are drawn and their labels never collide.
 */
export function axisTicks(domain: Domain, maxTicks: number): Tick[] {
  const first = new Date(domain.start);
  const years = (domain.end - domain.start) / (365.25 * DAY_MS);
  if (years >= 2) {
    const step = YEAR_STEPS.find((s) => years / s <= maxTicks) ?? Math.ceil(years / maxTicks / 10) * 10;
    const ticks: Tick[] = [];
    let year = Math.ceil(first.getUTCFullYear() / step) * step;
    for (; Date.UTC(year, 0, 1) <= domain.end; year += step) {
      const time = Date.UTC(year, 0, 1);
      if (time >= domain.start) ticks.push({ x: xOf(time, domain), label: String(year) });
    }
    return ticks;
  }
  const months = years * 12;
  const step = MONTH_STEPS.find((s) => months / s <= maxTicks) ?? 12;
  const ticks: Tick[] = [];
  for (let m = 0; ; m += 1) {
    const time = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    if (time > domain.end) break;
    const month = new Date(time).getUTCMonth();
    if (time >= domain.start && month % step === 0) {
      ticks.push({ x: xOf(time, domain), label: monthLabel.format(time) });
    }
  }
  return ticks;
}
