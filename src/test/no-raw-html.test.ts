// @vitest-environment node

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Nothing in the app writes markup from a string, so no value (a certificate's name, an
 * API message, a pasted PEM) can ever be rendered as HTML. React escapes everything else.
 */

const SRC = join(import.meta.dirname, '..');
// Spelled in pieces, so this file does not find itself.
const RAW_HTML = [
  ['dangerously', 'SetInnerHTML'],
  ['.inner', 'HTML'],
  ['.outer', 'HTML'],
  ['insertAdjacent', 'HTML'],
  ['document.', 'write('],
  ['createContextual', 'Fragment'],
  ['new Function', '('],
  ['ev', 'al('],
].map((parts) => parts.join(''));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

test('no source file in src writes raw HTML or evaluates strings', () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return RAW_HTML.filter((needle) => text.includes(needle)).map(
      (needle) => `${relative(SRC, file)}: ${needle}`,
    );
  });
  expect(found).toEqual([]);
});
