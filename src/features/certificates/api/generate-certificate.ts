import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import {
  EMPTY_HISTORY,
  type GenerationHistory,
  rememberGenerations,
  rememberRefusal,
} from '../model/generation-allowance';
import { gatewayPath, parseCertificate } from './certificate';
import { refreshAfterFailure, refreshList, storeCertificate } from './certificate-cache';
import { certificateKeys } from './certificate-keys';

/** Without `validityDays` Cloudflare uses its default (1825 days, 5 years). */
export const generateCertificate = (accountId: string, validityDays?: number) =>
  apiRequest(`${gatewayPath(accountId)}/certificates`, {
    method: 'POST',
    body: validityDays === undefined ? {} : { validity_period_days: validityDays },
    parse: parseCertificate,
  });

export function useGenerateCertificate(accountId: string) {
  const queryClient = useQueryClient();
  const updateHistory = (update: (history: GenerationHistory) => GenerationHistory) =>
    queryClient.setQueryData<GenerationHistory>(certificateKeys.generations(accountId), (history) =>
      update(history ?? EMPTY_HISTORY),
    );
  return useSingleFlightMutation({
    mutationFn: (validityDays?: number) => generateCertificate(accountId, validityDays),
    onSuccess: (certificate) => {
      storeCertificate(queryClient, accountId, certificate);
      updateHistory((history) => rememberGenerations(history, [certificate], Date.now()));
      return refreshList(queryClient, accountId);
    },
    onError: (error) => {
      // The server's word on when the next generation is allowed holds until that time passes.
      // Only a refusal that says when: a 429 without a time may be any rate limit, and is shown as it is.
      const until = error.status === 429 ? error.retryAt : null;
      if (until !== null)
        updateHistory((history) => rememberRefusal(history, { until, message: error.message }));
      refreshAfterFailure(queryClient, accountId)(error);
    },
  });
}
