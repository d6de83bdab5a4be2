import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';

export const activateCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}/activate`, {
    method: 'POST',
    body: {},
    parse: parseCertificate,
  });
