import { apiRequest } from '../../../lib/api-client';
import { readRecord, readString } from '../../../lib/parse';

export type CustomCertificateUpload = { name: string; certificate: string; privateKey: string };

export type UploadedCertificate = { id: string; name: string; expiresOn: string };

function parseUploaded(value: unknown): UploadedCertificate {
  const record = readRecord(value, 'the uploaded certificate');
  return {
    id: readString(record, 'id'),
    name: readString(record, 'name'),
    expiresOn: readString(record, 'expires_on'),
  };
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
