// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  COOKIE_JAR_STAND_IN,
  cookieJarSwap,
  isMswCookieJarImport,
  mswWithoutCookieJar,
} from './vite-msw-without-cookie-jar';

const MSW_CORE = join(process.cwd(), 'node_modules', 'msw', 'lib', 'core');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe("building the mock without MSW's cookie jar", () => {
  it("swaps MSW's own imports of its jar, and nothing else", () => {
    const importer = join(MSW_CORE, 'utils', 'request', 'getRequestCookies.mjs');
    expect(isMswCookieJarImport('../cookieStore.mjs', importer)).toBe(true);
    expect(isMswCookieJarImport('./cookieStore.mjs', join(MSW_CORE, 'utils', 'handleRequest.mjs'))).toBe(
      true,
    );
    expect(isMswCookieJarImport('../cookieStore.mjs', '/work/app/src/cookieStore-user.ts')).toBe(false);
    expect(isMswCookieJarImport('../HttpResponse/decorators.mjs', importer)).toBe(false);
    expect(isMswCookieJarImport('../cookieStore.mjs', undefined)).toBe(false);
  });

  it("resolves to the stand-in in the build and in the dev server's pre-bundling of MSW", () => {
    const importer = join(MSW_CORE, 'utils', 'request', 'storeResponseCookies.mjs');
    expect(cookieJarSwap.resolveId('../cookieStore.mjs', importer)).toBe(COOKIE_JAR_STAND_IN);
    expect(cookieJarSwap.resolveId('react', importer)).toBeNull();
    const plugin = mswWithoutCookieJar();
    expect(plugin.resolveId).toBe(cookieJarSwap.resolveId);
    const config = (plugin.config as unknown as () => UserConfig)();
    expect(config.optimizeDeps?.rolldownOptions?.plugins).toEqual([cookieJarSwap]);
  });

  it('matches every import of the jar in the installed MSW (an upgrade that moves it fails here)', () => {
    const imports = filesUnder(MSW_CORE)
      .filter((file) => file.endsWith('.mjs'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]*cookieStore[^'"]*)['"]/g)].map((match) => ({
          file,
          source: match[1] as string,
        })),
      );
    expect(imports.length).toBeGreaterThan(0);
    for (const { file, source } of imports)
      expect(isMswCookieJarImport(source, file), `${source} in ${file}`).toBe(true);
  });
});
