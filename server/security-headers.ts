/**
 * The headers every page, asset and API answer of the server carries.
 *
 * Scripts come from this origin only (no `unsafe-inline`, no `eval`): the build has no inline
 * script, and the live configuration is a meta tag, not a script. Styles allow `unsafe-inline`
 * because Radix writes <style> elements at run time. `worker-src 'self'` lets the mock demo run
 * its service worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The production server's headers. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

/**
 * The Vite dev server's: the same, except that its script policy cannot be strict, since Vite's
 * hot reload and React Refresh run inline scripts. Framing is still refused.
 */
export const DEV_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
};
