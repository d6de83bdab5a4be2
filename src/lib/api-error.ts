export type ApiErrorDetail = { code: number; message: string };

/** Every way a Cloudflare v4 call can fail, with the messages a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiErrorDetail[];
  /** True when no HTTP answer arrived at all (offline, DNS, connection refused, aborted). */
  readonly network: boolean;
  /** When a 429 or 503 said to try again (Retry-After, or a time in its message), in epoch ms; else null. */
  readonly retryAt: number | null;

  constructor({
    status,
    errors,
    network = false,
    retryAt = null,
  }: {
    status: number;
    errors: ApiErrorDetail[];
    network?: boolean;
    retryAt?: number | null;
  }) {
    super(errors.map((error) => error.message).join(' ') || `Request failed with HTTP ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.network = network;
    this.retryAt = retryAt;
  }
}
