import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';
import { forgetCertificate, refreshList } from './certificate-cache';

export const deleteCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    parse: parseCertificate,
  });

export function useDeleteCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCertificate(accountId, id),
    onSuccess: (certificate) => {
      forgetCertificate(queryClient, accountId, certificate.id);
      return refreshList(queryClient, accountId);
    },
  });
}
