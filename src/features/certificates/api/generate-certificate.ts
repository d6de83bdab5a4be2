import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { gatewayPath, parseCertificate } from './certificate';
import { refreshAfterFailure, refreshList, storeCertificate } from './certificate-cache';

/** Without `validityDays` Cloudflare uses its default (1825 days, 5 years). */
export const generateCertificate = (accountId: string, validityDays?: number) =>
  apiRequest(`${gatewayPath(accountId)}/certificates`, {
    method: 'POST',
    body: validityDays === undefined ? {} : { validity_period_days: validityDays },
    parse: parseCertificate,
  });

export function useGenerateCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (validityDays?: number) => generateCertificate(accountId, validityDays),
    onSuccess: (certificate) => {
      storeCertificate(queryClient, accountId, certificate);
      return refreshList(queryClient, accountId);
    },
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
