import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** Retrying a refusal (4xx) cannot help; a network failure or a 5xx may pass on a second try. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && error instanceof ApiError && (error.network || error.status >= 500);

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
      },
      mutations: {
        // A mutation is never repeated behind the user's back: a retried generate could create two.
        retry: false,
      },
    },
  });
}
