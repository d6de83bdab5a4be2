import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';

export const getCertificate = (accountId: string, id: string, signal?: AbortSignal) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}`, {
    signal,
    parse: parseCertificate,
  });
