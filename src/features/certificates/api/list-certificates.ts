import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificateList } from './certificate';

export const certificateListPath = (accountId: string) => `${gatewayPath(accountId)}/certificates`;

export const listCertificates = (accountId: string, signal?: AbortSignal) =>
  apiRequest(certificateListPath(accountId), { signal, parse: parseCertificateList });
