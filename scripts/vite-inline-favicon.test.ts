// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAVICON_HREF, inlinedFavicon, inlineFavicon, svgDataUrl } from './vite-inline-favicon';

const root = process.cwd();
const favicon = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');

describe('the icon drawn in the page', () => {
  it('puts public/favicon.svg itself into index.html’s icon link', () => {
    const html = inlineFavicon(indexHtml, favicon);
    expect(html).not.toContain(FAVICON_HREF);
    const href = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(favicon.trim());
    // Everything else in the page is as written.
    expect(html.replace(/href="data:[^"]+"/, FAVICON_HREF)).toBe(indexHtml);
  });

  it('writes nothing that would end the attribute or the tag early', () => {
    const url = svgDataUrl('<svg a="1" b=\'2\'>&amp; </svg>\n');
    expect(url).not.toMatch(/["<>&\s]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(
      '<svg a="1" b=\'2\'>&amp; </svg>',
    );
  });

  it('fails the build when index.html no longer links the icon as it expects', () => {
    expect(() => inlineFavicon('<html><head></head></html>', favicon)).toThrow(/no icon link/);
  });

  it('is a Vite plugin that does this to index.html, before the other plugins', () => {
    const plugin = inlinedFavicon(root);
    const hook = plugin.transformIndexHtml as { order: string; handler: (html: string) => string };
    expect(hook.order).toBe('pre');
    expect(hook.handler(indexHtml)).toBe(inlineFavicon(indexHtml, favicon));
  });
});
