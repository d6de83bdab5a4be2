/**
 * How long a `Retry-After` header asks a client to wait, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110, 10.2.3). Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its day and month; a bare number that is not delay-seconds is not one.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
