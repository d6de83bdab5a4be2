import { apiRequest } from '../lib/api-client';

/** Mock mode only: the simulated API's own control endpoint, which the live server never forwards. */
export const resetDemoData = (accountId: string) =>
  apiRequest(`/accounts/${encodeURIComponent(accountId)}/__mock/scenario`, {
    method: 'POST',
    body: { name: 'default' },
    parse: () => undefined,
  });
