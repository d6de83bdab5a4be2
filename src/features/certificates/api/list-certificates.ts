import { apiRequest } from '../../../lib/api-client';
import { readArray } from '../../../lib/parse';
import { gatewayPath, parseCertificate } from './certificate';

export const listCertificates = (accountId: string, signal?: AbortSignal) =>
  apiRequest(`${gatewayPath(accountId)}/certificates`, {
    signal,
    parse: (result) => readArray(result, 'the certificate list').map(parseCertificate),
  });
