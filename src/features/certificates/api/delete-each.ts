import { ApiError } from '../../../lib/api-error';

/** How often one certificate's delete is tried again after a 429, and the longest wait worth sitting through. */
export const RATE_LIMIT_RETRIES = 3;
export const MAX_RETRY_WAIT_MS = 60_000;
/** A 429 without a Retry-After still means "not now": wait this long. */
const DEFAULT_RETRY_WAIT_MS = 1000;

export type DeleteFailure = { id: string; message: string };

type Options = {
  /** Deletes one certificate (the API has no bulk call). */
  remove: (id: string) => Promise<unknown>;
  onStart?: (id: string, index: number) => void;
  onDeleted?: (id: string) => void;
  onFailed?: (id: string, error: unknown) => void;
  /** Waits out a rate limit; injectable so tests do not sleep. */
  wait?: (ms: number) => Promise<void>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The wait a refusal asks for before the same request may succeed, or null when trying again will not help. */
export function rateLimitWait(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  const wait = error.retryAt === null ? DEFAULT_RETRY_WAIT_MS : Math.max(0, error.retryAt - Date.now());
  return wait <= MAX_RETRY_WAIT_MS ? wait : null;
}

/**
 * Deletes the certificates one after another. A 429 is tried again after its Retry-After; any other
 * failure is recorded for that certificate and the rest still go ahead. Returns what failed, in order.
 */
export async function deleteEach(
  ids: readonly string[],
  { remove, onStart, onDeleted, onFailed, wait = sleep }: Options,
): Promise<DeleteFailure[]> {
  const failures: DeleteFailure[] = [];
  for (const [index, id] of ids.entries()) {
    onStart?.(id, index);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await remove(id);
        onDeleted?.(id);
        break;
      } catch (error) {
        const retryIn = attempt < RATE_LIMIT_RETRIES ? rateLimitWait(error) : null;
        if (retryIn !== null) {
          await wait(retryIn);
          continue;
        }
        failures.push({ id, message: messageOf(error) });
        onFailed?.(id, error);
        break;
      }
    }
  }
  return failures;
}
