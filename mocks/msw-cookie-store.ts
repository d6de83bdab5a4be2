/**
 * Stands in for MSW's cookie jar (`msw/lib/core/utils/cookieStore.mjs`) in the page's mock; the build
 * and the dev server swap it in (scripts/vite-msw-without-cookie-jar.ts).
 *
 * MSW keeps the cookies its mocked answers set, in tough-cookie's jar, so that later requests carry
 * them. The simulated Cloudflare API sets none and reads none: its credentials are a header. Yet the
 * jar brought tough-cookie and tldts (the whole public-suffix list) into the mock's chunk: 123 kB of
 * its 171 kB gzip, fetched and evaluated on every demo's first visit, and a public-suffix lookup on
 * every request. Cookies already in the page still reach handlers: MSW reads `document.cookie` itself.
 */

/** The part of tough-cookie's `Cookie` that MSW reads from the jar. */
type JarCookie = { key: string; value: string; toString(): string };

export const cookieStore = {
  getCookies(_url: string): JarCookie[] {
    return [];
  },
  /** A mocked answer that sets a cookie is a mistake in the mock: say so rather than drop it silently. */
  async setCookie(cookie: string, url: string): Promise<void> {
    throw new Error(
      `The demo's simulated API answered ${url} with Set-Cookie (${cookie.split('=')[0]}): it keeps no cookies, so nothing may set one.`,
    );
  },
};
