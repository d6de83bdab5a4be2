export type ApiErrorDetail = { code: number; message: string };

/** Every way a Cloudflare v4 call can fail, with the messages a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiErrorDetail[];
  /** True when no HTTP answer arrived at all (offline, DNS, connection refused, aborted). */
  readonly network: boolean;
  /** How long the server asked to wait before trying again (its `Retry-After`, usually on a 429), in ms. */
  readonly retryAfterMs: number | null;
  /** When the server said to try again (Retry-After, or a time in its message), as milliseconds; else null. */
  readonly retryAt: number | null;

  constructor({
    status,
    errors,
    network = false,
    retryAfterMs = null,
    retryAt = null,
  }: {
    status: number;
    errors: ApiErrorDetail[];
    network?: boolean;
    retryAfterMs?: number | null;
    retryAt?: number | null;
  }) {
    super(errors.map((error) => error.message).join(' ') || `Request failed with HTTP ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.network = network;
    this.retryAfterMs = retryAfterMs;
    this.retryAt = retryAt;
  }
}
