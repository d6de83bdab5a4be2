import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { gatewayPath, parseCertificate } from './certificate';
import { refreshAfterFailure, refreshList, storeCertificate } from './certificate-cache';

export const activateCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}/activate`, {
    method: 'POST',
    body: {},
    parse: parseCertificate,
  });

export function useActivateCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (id: string) => activateCertificate(accountId, id),
    onSuccess: (certificate) => {
      storeCertificate(queryClient, accountId, certificate);
      return refreshList(queryClient, accountId);
    },
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
