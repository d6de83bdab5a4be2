import { useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../lib/api-client';
import { parseWith } from '../../../lib/schema';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation';
import { refreshAfterFailure, refreshList } from './certificate-cache';

export type CustomCertificateUpload = { name: string; certificate: string; privateKey: string };

export type UploadedCertificate = { id: string; name: string; expiresOn: string };

const apiUploaded = v.object(
  {
    id: v.string('is not a string'),
    name: v.string('is not a string'),
    expires_on: v.string('is not a string'),
  },
  'is not an object',
);

function parseUploaded(value: unknown): UploadedCertificate {
  const uploaded = parseWith(apiUploaded, value, 'the uploaded certificate');
  return { id: uploaded.id, name: uploaded.name, expiresOn: uploaded.expires_on };
}

const mtlsPath = (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/mtls_certificates`;

export const uploadCustomCertificate = (accountId: string, upload: CustomCertificateUpload) =>
  apiRequest(mtlsPath(accountId), {
    method: 'POST',
    body: { name: upload.name, certificates: upload.certificate, private_key: upload.privateKey, ca: true },
    parse: parseUploaded,
  });

export const deleteCustomCertificate = (accountId: string, id: string) =>
  apiRequest(`${mtlsPath(accountId)}/${encodeURIComponent(id)}`, { method: 'DELETE', parse: parseUploaded });

/** An uploaded CA lists as a custom certificate in the Gateway list, so the list (and configuration) refresh. */
export function useUploadCustomCertificate(accountId: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (upload: CustomCertificateUpload) => uploadCustomCertificate(accountId, upload),
    // The variables hold the private key: forget the mutation as soon as nothing observes it.
    gcTime: 0,
    onSuccess: () => refreshList(queryClient, accountId),
    onError: refreshAfterFailure(queryClient, accountId),
  });
}
