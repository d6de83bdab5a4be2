/**
 * The query keys, from the account down, so that one invalidation can reach everything of an
 * account. The bottom of `api/`: the cache helpers, queries and hooks build on it.
 */
export const certificateKeys = {
  account: (accountId: string) => ['accounts', accountId] as const,
  all: (accountId: string) => [...certificateKeys.account(accountId), 'certificates'] as const,
  list: (accountId: string) => [...certificateKeys.all(accountId), 'list'] as const,
  detail: (accountId: string, id: string) => [...certificateKeys.all(accountId), 'detail', id] as const,
  configuration: (accountId: string) =>
    [...certificateKeys.account(accountId), 'gateway-configuration'] as const,
  /** What the screen has seen of recent generations; kept on the client only, never fetched. */
  generations: (accountId: string) => [...certificateKeys.account(accountId), 'generation-history'] as const,
};
