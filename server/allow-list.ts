/**
 * The operations of the API table in docs/contract.md, and nothing else: the only requests the live server
 * sends to Cloudflare. Paths are relative to `/client/v4`.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Operation = {
  name: string;
  method: Method;
  /** `:account` is 32 hex characters, `:id` a certificate id. */
  pattern: string;
};

export const OPERATIONS: readonly Operation[] = [
  { name: 'list certificates', method: 'GET', pattern: '/accounts/:account/gateway/certificates' },
  { name: 'get a certificate', method: 'GET', pattern: '/accounts/:account/gateway/certificates/:id' },
  { name: 'generate a certificate', method: 'POST', pattern: '/accounts/:account/gateway/certificates' },
  {
    name: 'activate a certificate',
    method: 'POST',
    pattern: '/accounts/:account/gateway/certificates/:id/activate',
  },
  {
    name: 'deactivate a certificate',
    method: 'POST',
    pattern: '/accounts/:account/gateway/certificates/:id/deactivate',
  },
  { name: 'delete a certificate', method: 'DELETE', pattern: '/accounts/:account/gateway/certificates/:id' },
  { name: 'read Gateway settings', method: 'GET', pattern: '/accounts/:account/gateway/configuration' },
  { name: 'replace Gateway settings', method: 'PUT', pattern: '/accounts/:account/gateway/configuration' },
  { name: 'update Gateway settings', method: 'PATCH', pattern: '/accounts/:account/gateway/configuration' },
  { name: 'upload a custom CA', method: 'POST', pattern: '/accounts/:account/mtls_certificates' },
  { name: 'delete a custom CA', method: 'DELETE', pattern: '/accounts/:account/mtls_certificates/:id' },
];

const ACCOUNT = '[0-9a-f]{32}';
// Certificate ids are UUIDs; this admits any id made of letters, digits and dashes, and never a
// dot, slash or percent sign, so nothing can climb out of the path.
const ID = '[A-Za-z0-9-]{1,64}';

const compiled = OPERATIONS.map((operation) => ({
  operation,
  regex: new RegExp(`^${operation.pattern.replace(':account', `(${ACCOUNT})`).replace(':id', `(${ID})`)}$`),
}));

export type Match =
  | { allowed: true; operation: Operation; accountId: string; path: string }
  | { allowed: false; reason: string };

/**
 * Decides whether `method pathname` (the path under `/client/v4`, without a query) is one of the
 * operations, for `accountId` when given. The path sent upstream is the matched path itself.
 */
export function matchOperation(method: string, pathname: string, accountId?: string): Match {
  for (const { operation, regex } of compiled) {
    const found = regex.exec(pathname);
    if (!found) continue;
    if (operation.method !== method) continue;
    const account = found[1] ?? '';
    if (accountId !== undefined && account !== accountId.toLowerCase()) {
      return {
        allowed: false,
        reason: `This server manages account ${accountId} only; it does not forward requests for other accounts.`,
      };
    }
    return { allowed: true, operation, accountId: account, path: pathname };
  }
  return {
    allowed: false,
    reason: `This server does not forward ${method} ${pathname.slice(0, 200)}: it forwards only the Gateway certificate and configuration operations.`,
  };
}
