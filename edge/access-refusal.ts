import { envelopeError } from '../server/envelope.ts';
import { API_PREFIX } from '../server/proxy.ts';

/** The edge's own envelope codes, beside the server's (README, "Errors"). */
export const EdgeErrorCode = { accessDenied: 9401, notConfigured: 9501 } as const;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? '',
  );

/** A short page for people, with no script and no style (the CSP allows neither inline). */
export function shortPage(status: number, title: string, message: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body>
</html>
`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** 403: an envelope for the API's callers, a short page otherwise. */
export function accessRefusal(path: string, message: string): Response {
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)
    ? envelopeError(403, EdgeErrorCode.accessDenied, message)
    : shortPage(403, 'Access denied', message);
}
