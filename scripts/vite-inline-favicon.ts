import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The icon's link as index.html writes it, pointing at public/favicon.svg. */
export const FAVICON_HREF = 'href="/favicon.svg"';

/** An SVG as a `data:` address, percent-encoded: safe inside the attribute's double quotes. */
export const svgDataUrl = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;

/** index.html with its icon's link carrying the drawing itself; an error if the link is not there. */
export function inlineFavicon(html: string, svg: string): string {
  if (!html.includes(FAVICON_HREF)) throw new Error(`index.html has no icon link ${FAVICON_HREF} to inline`);
  return html.replace(FAVICON_HREF, `href="${svgDataUrl(svg)}"`);
}

/**
 * Puts public/favicon.svg into the page's icon link. Chromium fetches a page's icon again on every
 * change of address, `replaceState` included: a filter, a sort or a keystroke in the search each
 * cost a request, which in the demo passes through the mock's service worker and the page's MSW (a
 * few milliseconds of the answer's time, on the main thread). An icon in the page is never fetched.
 * public/favicon.svg stays the one drawing (the top bar's mark is tested against it) and is served.
 */
export function inlinedFavicon(root = process.cwd()): Plugin {
  return {
    name: 'zt-inline-favicon',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => inlineFavicon(html, readFileSync(join(root, 'public', 'favicon.svg'), 'utf8')),
    },
  };
}
