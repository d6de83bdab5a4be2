import { isCatalogueName, SCENARIO_CATALOGUE } from './scenarios/catalogue';

/** What the demo's URL asks for: `?scenario=NAME`, `?now=ISO-8601`, `?latency=MS`. */
export type UrlControls = {
  scenario: string | null;
  /** The instant `?now=` names, in ms since the epoch. */
  nowMs: number | null;
  latencyMs: number | null;
  /** One sentence per value that was refused (and ignored), to show on screen. */
  problems: string[];
};

export const MAX_LATENCY_MS = 60_000;
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2099;

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/** An ISO-8601 date or date-time as ms, or why it is not one. A date alone is midnight UTC. */
export function parseInstant(value: string): number | string {
  const refused = `?now=${value} is not a date and time in ISO-8601 (such as 2026-03-01 or 2026-03-01T09:30:00Z), so the clock was left as it was.`;
  const match = ISO_8601.exec(value);
  if (!match) return refused;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zoneHours = '0', zoneMinutes = '0'] =
    match.map((part) => part);
  const y = Number(year);
  const m = Number(month);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (
    m < 1 ||
    m > 12 ||
    Number(day) < 1 ||
    Number(day) > daysInMonth ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59 ||
    Number(zoneHours) > 23 ||
    Number(zoneMinutes) > 59
  ) {
    return refused;
  }
  // A date alone would be UTC and a date-time without a zone local time in JavaScript; both are kept.
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return refused;
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
    return `?now=${value} is outside the years the demo can simulate (${EARLIEST_YEAR} to ${LATEST_YEAR}), so the clock was left as it was.`;
  }
  return ms;
}

export function parseLatency(value: string): number | string {
  const ms = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(ms) && ms <= MAX_LATENCY_MS) return ms;
  return `?latency=${value} is not a whole number of milliseconds from 0 to ${MAX_LATENCY_MS.toLocaleString('en-US')}, so answers keep their speed.`;
}

/** Reads the demo's URL parameters; a bad value is reported and ignored, never thrown. */
export function readUrlControls(params: URLSearchParams): UrlControls {
  const controls: UrlControls = { scenario: null, nowMs: null, latencyMs: null, problems: [] };
  const scenario = params.get('scenario');
  if (scenario !== null) {
    if (isCatalogueName(scenario)) controls.scenario = scenario;
    else
      controls.problems.push(
        `There is no scenario "${scenario}", so the data was left as it was. Scenarios: ${SCENARIO_CATALOGUE.map((s) => s.name).join(', ')}.`,
      );
  }
  const now = params.get('now');
  if (now !== null) {
    const parsed = parseInstant(now);
    if (typeof parsed === 'number') controls.nowMs = parsed;
    else controls.problems.push(parsed);
  }
  const latency = params.get('latency');
  if (latency !== null) {
    const parsed = parseLatency(latency);
    if (typeof parsed === 'number') controls.latencyMs = parsed;
    else controls.problems.push(parsed);
  }
  return controls;
}
