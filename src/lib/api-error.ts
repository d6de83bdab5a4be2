export type ApiErrorDetail = { code: number; message: string };

/** Every way a Cloudflare v4 call can fail, with the messages a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiErrorDetail[];
  /** True when no HTTP answer arrived at all (offline, DNS, connection refused, aborted). */
  readonly network: boolean;

  constructor({
    status,
    errors,
    network = false,
  }: { status: number; errors: ApiErrorDetail[]; network?: boolean }) {
    super(errors.map((error) => error.message).join(' ') || `Request failed with HTTP ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.network = network;
  }
}
