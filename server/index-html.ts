import type { AccessIdentity } from '../src/app/access-identity.ts';

/**
 * Live mode tells the page which account it manages with a meta tag (read by
 * src/app/app-config.ts), written into index.html when the server starts: no rebuild per
 * account, and no inline script for the CSP to allow.
 */
/** The demo's own files (MSW's worker and the script that registers it early): a live site serves neither. */
export const MOCK_ONLY_FILES: ReadonlySet<string> = new Set([
  '/mockServiceWorker.js',
  '/mock-worker-early.js',
]);

export function injectLiveMeta(html: string, accountId: string): string {
  if (!/^[0-9a-f]{32}$/.test(accountId))
    throw new Error('The account id must be 32 lower-case hex characters.');
  const meta = `<meta name="zt-console-mode" content="live" data-account-id="${accountId}" />`;
  if (!html.includes('</head>'))
    throw new Error('index.html has no </head> to put the live configuration before.');
  // The build starts the mock demo's worker early (scripts/vite-early-mock-worker.ts); a live page never does.
  const withoutMock = html.replace(/[ \t]*<script\b[^>]*\bdata-mock-only\b[^>]*><\/script>\n?/g, '');
  // The first screen's request, started while the page's code is still on its way: the list's query
  // (src/features/certificates/prefetch-first-screen.ts) then takes this answer instead of asking again.
  const list = `<link rel="preload" href="/client/v4/accounts/${accountId}/gateway/certificates" as="fetch" crossorigin />`;
  return withoutMock.replace('</head>', `  ${meta}\n  ${list}\n  </head>`);
}

/** Who the page is serving, as the edge learned it from Cloudflare Access (the page reads the same type). */
export type { AccessIdentity };

const escapeAttribute = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? '',
  );

/**
 * On the edge, the signed-in administrator's email (or that the Access check is off) reaches the
 * page the same way as the live mode: a meta tag, read by src/app/access-identity.ts.
 */
export function injectAccessMeta(html: string, identity: AccessIdentity): string {
  const meta =
    identity.kind === 'off'
      ? '<meta name="zt-console-access" content="off" />'
      : `<meta name="zt-console-access" content="signed-in" data-email="${escapeAttribute(identity.email)}" />`;
  if (!html.includes('</head>'))
    throw new Error('index.html has no </head> to put the Access identity before.');
  return html.replace('</head>', `  ${meta}\n  </head>`);
}
