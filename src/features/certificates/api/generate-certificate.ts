import { apiRequest } from '../../../lib/api-client';
import { gatewayPath, parseCertificate } from './certificate';

/** Without `validityDays` Cloudflare uses its default (1825 days, 5 years). */
export const generateCertificate = (accountId: string, validityDays?: number) =>
  apiRequest(`${gatewayPath(accountId)}/certificates`, {
    method: 'POST',
    body: validityDays === undefined ? {} : { validity_period_days: validityDays },
    parse: parseCertificate,
  });
