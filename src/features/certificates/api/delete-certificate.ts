import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';

export const deleteCertificate = (accountId: string, id: string) =>
  apiRequest(`${gatewayPath(accountId)}/certificates/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    parse: parseCertificate,
  });
