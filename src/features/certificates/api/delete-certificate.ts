import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { gatewayPath, parseCertificate } from './certificate';
import { forgetCertificate, refreshAfterFailure, refreshList } from './certificate-cache';

export const deleteCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    parse: parseCertificate,
  });

export function useDeleteCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (id: string) => deleteCertificate(accountId, id),
    onSuccess: (certificate) => {
      forgetCertificate(queryClient, accountId, certificate.id);
      return refreshList(queryClient, accountId);
    },
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
