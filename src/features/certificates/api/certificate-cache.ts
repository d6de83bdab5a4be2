import type { QueryClient } from '@tanstack/react-query';
import type { Certificate } from './certificate';
import { certificateKeys } from './certificate-queries';

/** Puts the server's answer for one certificate into the list and its detail. */
export function storeCertificate(queryClient: QueryClient, accountId: string, certificate: Certificate) {
  queryClient.setQueryData(certificateKeys.detail(accountId, certificate.id), certificate);
  queryClient.setQueryData<Certificate[]>(certificateKeys.list(accountId), (list) => {
    if (!list) return list;
    const exists = list.some((candidate) => candidate.id === certificate.id);
    return exists
      ? list.map((candidate) => (candidate.id === certificate.id ? certificate : candidate))
      : [...list, certificate];
  });
}

/** Drops a deleted certificate from the list; its detail is left to expire once the drawer closes. */
export function forgetCertificate(queryClient: QueryClient, accountId: string, id: string) {
  queryClient.setQueryData<Certificate[]>(certificateKeys.list(accountId), (list) =>
    list?.filter((candidate) => candidate.id !== id),
  );
}

/** Refetches the list (and the configuration); mutations return this so their buttons stay busy until it is fresh. */
export const refreshList = (queryClient: QueryClient, accountId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: certificateKeys.list(accountId) }),
    queryClient.invalidateQueries({ queryKey: certificateKeys.configuration(accountId) }),
  ]);
