/**
 * Which mode this page runs in. The live server writes a meta tag into index.html at start
 * (no rebuild per account, and no inline script for the CSP to allow); without it, the page is the mock demo.
 */
export type AppConfig =
  | { mode: 'mock'; defaultAccountId: string }
  | { mode: 'live'; defaultAccountId: string };

export const DEMO_ACCOUNT_ID = '0123456789abcdef0123456789abcdef';

export function readAppConfig(doc: Document = document): AppConfig {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="zt-console-mode"]');
  const accountId = meta?.dataset.accountId ?? '';
  if (meta?.content === 'live' && /^[0-9a-f]{32}$/i.test(accountId)) {
    return { mode: 'live', defaultAccountId: accountId };
  }
  return { mode: 'mock', defaultAccountId: DEMO_ACCOUNT_ID };
}
