import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { readOptionalString, readRecord } from '../../../lib/parse';
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

function parseConfiguration(value: unknown): GatewayConfiguration {
  const record = readRecord(value, 'the configuration');
  const settings =
    record.settings === undefined || record.settings === null ? {} : readRecord(record.settings, 'settings');
  const certificate =
    settings.certificate === undefined || settings.certificate === null
      ? null
      : readRecord(settings.certificate, 'settings.certificate');
  const id = certificate ? readOptionalString(certificate, 'id') : null;
  return {
    certificateId: id && id !== NIL_UUID ? id : null,
    updatedAt: readOptionalString(record, 'updated_at'),
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
