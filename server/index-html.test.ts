import { expect, test } from 'vitest';
import { injectLiveMeta } from './index-html.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-abc.js">
    <script src="/mock-worker-early.js" async data-mock-only></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

test('a live page names its account and drops the demo’s early worker script, keeping its own preloads', () => {
  const html = injectLiveMeta(BUILT, '0123456789abcdef0123456789abcdef');

  expect(html).toContain(
    '<meta name="zt-console-mode" content="live" data-account-id="0123456789abcdef0123456789abcdef" />',
  );
  expect(html).not.toContain('mock-worker-early');
  expect(html).not.toContain('data-mock-only');
  expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-abc.js">');
  expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
});

test('a live page preloads its account’s certificate list, the first screen’s request', () => {
  const html = injectLiveMeta(BUILT, '0123456789abcdef0123456789abcdef');

  // The same address the list's query asks for (list-certificates.ts), and a plain same-origin fetch:
  // anything else would make the browser ask twice.
  expect(html).toContain(
    '<link rel="preload" href="/client/v4/accounts/0123456789abcdef0123456789abcdef/gateway/certificates" as="fetch" crossorigin />',
  );
  expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('</head>'));
});
