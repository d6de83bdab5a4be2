import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';

export const deactivateCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}/deactivate`, {
    method: 'POST',
    body: {},
    parse: parseCertificate,
  });
