import { useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../lib/api-client';
import { optionalString, parseWith } from '../../../lib/schema';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { NIL_UUID } from '../model/certificate';
import { gatewayPath } from './certificate';
import { refreshAfterFailure } from './certificate-cache';
import { certificateKeys } from './certificate-keys';

export type GatewayConfiguration = {
  /** The certificate Gateway inspects with; null when Cloudflare's own root is used. */
  certificateId: string | null;
  updatedAt: string | null;
};

const apiConfiguration = v.object(
  {
    settings: v.nullish(
      v.object(
        { certificate: v.nullish(v.object({ id: optionalString() }, 'is not an object')) },
        'is not an object',
      ),
    ),
    updated_at: optionalString(),
  },
  'is not an object',
);

function parseConfiguration(value: unknown): GatewayConfiguration {
  const configuration = parseWith(apiConfiguration, value, 'the configuration');
  const id = configuration.settings?.certificate?.id ?? null;
  return {
    certificateId: id && id !== NIL_UUID ? id : null,
    updatedAt: configuration.updated_at ?? null,
  };
}

export const getGatewayConfiguration = (accountId: string, signal?: AbortSignal) =>
  apiRequest(`${gatewayPath(accountId)}/configuration`, { signal, parse: parseConfiguration });

/** PATCH changes only the certificate setting, leaving every other Gateway setting as it is. */
export const turnOnCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/configuration`, {
    method: 'PATCH',
    body: { settings: { certificate: { id, in_use: true } } },
    parse: parseConfiguration,
  });

/** Turning one on changes two certificates (the new one and the previous one), so both list and details refresh. */
export function useTurnOnCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (id: string) => turnOnCertificate(accountId, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.account(accountId) }),
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
