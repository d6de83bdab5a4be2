import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificateList } from './certificate';

export const listCertificates = (accountId: string, signal?: AbortSignal) =>
  apiRequest(`${gatewayPath(accountId)}/certificates`, { signal, parse: parseCertificateList });
