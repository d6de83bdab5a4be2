/**
 * Who is signed in, when the console runs on Cloudflare's edge behind Cloudflare Access. The
 * Worker writes a meta tag into index.html per request (no inline script for the CSP to allow);
 * without it (the demo, `npm run serve`), there is nobody to name.
 */
export type AccessIdentity = { kind: 'signed-in'; email: string } | { kind: 'off' };

export function readAccessIdentity(doc: Document = document): AccessIdentity | null {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="zt-console-access"]');
  if (meta?.content === 'off') return { kind: 'off' };
  const email = meta?.dataset.email?.trim() ?? '';
  if (meta?.content === 'signed-in' && email !== '') return { kind: 'signed-in', email };
  return null;
}
