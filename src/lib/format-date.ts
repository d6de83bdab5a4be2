const DAY_MS = 86_400_000;

// The one date style of the screen: "Nov 30, 2031", and "Nov 30, 2031, 3:49 AM UTC" where a time matters.
// The plain date, which every row shows, is written here: Intl's first formatter costs about 15 ms
// of a first visit (loading ICU's data) before anything can render. Formatters with a time and a
// time zone name need Intl, and are made the first time one is asked for.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let dateTimeFormat: Intl.DateTimeFormat | null = null;
let utcDateTimeFormat: Intl.DateTimeFormat | null = null;

const WITH_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

const withTime = () => (dateTimeFormat ??= new Intl.DateTimeFormat('en-US', WITH_TIME));
// The same style pinned to UTC, for text that leaves the browser (a calendar file read anywhere).
const withTimeUtc = () =>
  (utcDateTimeFormat ??= new Intl.DateTimeFormat('en-US', { ...WITH_TIME, timeZone: 'UTC' }));

/** Thousands separated by commas, as en-US writes whole numbers ("1,825"). */
export const formatCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

type DateInput = string | number | Date;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** "Nov 30, 2031" in the browser's time zone, as Intl's en-US medium date writes it. */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}
export const formatDateTime = (value: DateInput) => withTime().format(toDate(value));
export const formatDateTimeUtc = (value: DateInput) => withTimeUtc().format(toDate(value));

// RFC 3339 as servers write it: 2026-11-30T23:40:00Z, with optional fraction and offset.
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/g;

/** The first RFC 3339 timestamp in a text (a server's message), as milliseconds; null when there is none. */
export function findTimestamp(text: string): number | null {
  for (const [match] of text.matchAll(ISO_TIMESTAMP)) {
    const at = Date.parse(match);
    if (!Number.isNaN(at)) return at;
  }
  return null;
}

/** Rewrites every RFC 3339 timestamp in a text in the screen's date style, so no raw ISO reaches a person. */
export const humanizeTimestamps = (text: string) =>
  text.replace(ISO_TIMESTAMP, (match) => {
    const at = Date.parse(match);
    return Number.isNaN(at) ? match : formatDateTime(at);
  });

/** Whole days from `now` until `iso`; negative once it has passed. */
export function daysUntil(iso: string, now: number): number {
  const diff = Date.parse(iso) - now;
  return diff >= 0 ? Math.floor(diff / DAY_MS) : -Math.ceil(-diff / DAY_MS);
}

/** "1 day", "1,825 days": a count and its word, plural unless it is one. */
export const countOf = (count: number, word: string) =>
  `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;

/** "in 212 days", "today", "expired 3 days ago": how long a certificate has left. */
export function describeExpiry(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const expired = diff <= 0;
  // Rounded: a certificate made now for 30 days reads "in 30 days", not "in 29 days" a second later.
  const days = Math.round(Math.abs(diff) / DAY_MS);
  if (expired) return days === 0 ? 'expired today' : `expired ${countOf(days, 'day')} ago`;
  return days === 0 ? 'expires today' : `in ${countOf(days, 'day')}`;
}

/** "3 days ago", "today": how long ago something happened. */
export function describeAge(iso: string, now: number): string {
  const days = Math.floor((now - Date.parse(iso)) / DAY_MS);
  if (days <= 0) return 'today';
  return `${countOf(days, 'day')} ago`;
}
