import { queryOptions } from '@tanstack/react-query';
import { isPending } from '../model/display-status';
import { EMPTY_HISTORY, type GenerationHistory, rememberGenerations } from '../model/generation-allowance';
import { certificateKeys } from './certificate-keys';
import { getGatewayConfiguration } from './gateway-configuration';
import { getCertificate } from './get-certificate';
import { listCertificates } from './list-certificates';

/** While anything is pending the edge is still deploying: refresh about every 2 s, and never when idle. */
export const PENDING_POLL_MS = 2000;

/** Another tab or administrator may have changed the account: coming back to the page always refreshes. */
const ON_FOCUS = { refetchOnWindowFocus: 'always' } as const;

export const certificateQueries = {
  list: (accountId: string) =>
    queryOptions({
      queryKey: certificateKeys.list(accountId),
      queryFn: async ({ signal, client }) => {
        const certificates = await listCertificates(accountId, signal);
        // Every generated certificate the screen sees keeps counting after a delete (rule 2).
        client.setQueryData<GenerationHistory>(certificateKeys.generations(accountId), (history) =>
          rememberGenerations(history ?? EMPTY_HISTORY, certificates, Date.now()),
        );
        return certificates;
      },
      refetchInterval: (query) => (query.state.data?.some(isPending) ? PENDING_POLL_MS : false),
      ...ON_FOCUS,
    }),
  detail: (accountId: string, id: string) =>
    queryOptions({
      queryKey: certificateKeys.detail(accountId, id),
      queryFn: ({ signal }) => getCertificate(accountId, id, signal),
      refetchInterval: (query) => (query.state.data && isPending(query.state.data) ? PENDING_POLL_MS : false),
      ...ON_FOCUS,
    }),
  generations: (accountId: string) =>
    queryOptions({
      queryKey: certificateKeys.generations(accountId),
      // Nothing to fetch: an invalidation of the account keeps what was learnt.
      queryFn: ({ client }) =>
        client.getQueryData<GenerationHistory>(certificateKeys.generations(accountId)) ?? EMPTY_HISTORY,
      initialData: EMPTY_HISTORY,
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: Number.POSITIVE_INFINITY,
    }),
  configuration: (accountId: string) =>
    queryOptions({
      queryKey: certificateKeys.configuration(accountId),
      queryFn: ({ signal }) => getGatewayConfiguration(accountId, signal),
      ...ON_FOCUS,
    }),
};
