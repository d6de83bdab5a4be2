import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { gatewayPath, parseCertificate } from './certificate';
import { refreshAfterFailure, refreshList, storeCertificate } from './certificate-cache';

export const deactivateCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}/deactivate`, {
    method: 'POST',
    body: {},
    parse: parseCertificate,
  });

export function useDeactivateCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (id: string) => deactivateCertificate(accountId, id),
    onSuccess: (certificate) => {
      storeCertificate(queryClient, accountId, certificate);
      return refreshList(queryClient, accountId);
    },
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
