import type { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../lib/api-error';
import type { Certificate } from '../model/certificate';
import { certificateKeys } from './certificate-keys';

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

/**
 * Puts a freshly fetched detail into the list when the list holds an older state of it, so that
 * when the drawer sees a deployment end, the list stops polling at once instead of one poll later.
 */
export function syncIntoList(queryClient: QueryClient, accountId: string, certificate: Certificate) {
  queryClient.setQueryData<Certificate[]>(certificateKeys.list(accountId), (list) => {
    const listed = list?.find((candidate) => candidate.id === certificate.id);
    if (!list || !listed) return list;
    const same =
      listed.bindingStatus === certificate.bindingStatus &&
      listed.inUse === certificate.inUse &&
      listed.updatedAt === certificate.updatedAt;
    return same ? list : list.map((candidate) => (candidate.id === certificate.id ? certificate : candidate));
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

/**
 * After a failed change, shows what is true now while the error stays where the action was taken:
 * a 404 or 409 usually means the certificate changed elsewhere (another tab, another administrator),
 * and after a 5xx or a network failure the change may or may not have been made.
 */
export const refreshAfterFailure = (queryClient: QueryClient, accountId: string) => (error: ApiError) => {
  if (error.network || error.status === 404 || error.status === 409 || error.status >= 500) {
    void queryClient.invalidateQueries({ queryKey: certificateKeys.account(accountId) });
  }
};
