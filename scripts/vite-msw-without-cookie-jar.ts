import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The stand-in: an empty jar (see the file for why). */
export const COOKIE_JAR_STAND_IN = fileURLToPath(new URL('../mocks/msw-cookie-store.ts', import.meta.url));

/** MSW's own modules import their jar as `../cookieStore.mjs` (request cookies) or similar. */
export function isMswCookieJarImport(source: string, importer: string | undefined): boolean {
  return (
    importer !== undefined &&
    /[\\/]msw[\\/]lib[\\/]core[\\/]/.test(importer) &&
    /(^|[\\/])cookieStore\.m?js$/.test(source)
  );
}

/** The swap itself, a plugin both Vite and its Rolldown pre-bundler take. */
export const cookieJarSwap = {
  name: 'zt-msw-without-cookie-jar',
  resolveId: (source: string, importer: string | undefined) =>
    isMswCookieJarImport(source, importer) ? COOKIE_JAR_STAND_IN : null,
};

/**
 * Builds the page's mock without MSW's cookie jar (tough-cookie and tldts, 123 kB gzip of the mock's
 * 171 kB): mocks/msw-cookie-store.ts takes its place. The dev server pre-bundles MSW with Rolldown,
 * where Vite's plugins do not run, so the same swap is given to the pre-bundler too. Node's MSW (the
 * unit tests, `npm run mock-api`) keeps its jar.
 */
export function mswWithoutCookieJar(): Plugin {
  return {
    ...cookieJarSwap,
    enforce: 'pre',
    config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [cookieJarSwap] } } }),
  };
}
