const DAY_MS = 86_400_000;

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** Whole days from `now` until `iso`; negative once it has passed. */
export function daysUntil(iso: string, now: number): number {
  const diff = Date.parse(iso) - now;
  return diff >= 0 ? Math.floor(diff / DAY_MS) : -Math.ceil(-diff / DAY_MS);
}

const plural = (count: number, word: string) =>
  `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** "in 212 days", "today", "expired 3 days ago": how long a certificate has left. */
export function describeExpiry(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const expired = diff <= 0;
  // Rounded: a certificate made now for 30 days reads "in 30 days", not "in 29 days" a second later.
  const days = Math.round(Math.abs(diff) / DAY_MS);
  if (expired) return days === 0 ? 'expired today' : `expired ${plural(days, 'day')} ago`;
  return days === 0 ? 'expires today' : `in ${plural(days, 'day')}`;
}

/** "3 days ago", "today": how long ago something happened. */
export function describeAge(iso: string, now: number): string {
  const days = Math.floor((now - Date.parse(iso)) / DAY_MS);
  if (days <= 0) return 'today';
  return `${plural(days, 'day')} ago`;
}
