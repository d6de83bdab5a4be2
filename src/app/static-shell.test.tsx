import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { waitForApi } from '../lib/api-readiness';
import { renderApp } from '../test/render-app';

/**
 * index.html paints the page's frame before any script has arrived, and React replaces it with its own
 * first render. If the two differed, the page would change under the reader's eyes at that moment: this
 * test keeps the static copy the same as what the app renders while its data is on its way.
 */

const LIST = '/accounts/0123456789abcdef0123456789abcdef/certificates';
const ATTRIBUTES = [
  'role',
  'aria-label',
  'aria-labelledby',
  'aria-busy',
  'aria-hidden',
  'alt',
  'src',
  'width',
  'height',
];

afterEach(() => waitForApi(Promise.resolve()));

/** An element's tree as text: tags, classes, the attributes that show or are read out, and text. */
function shape(element: Element, depth = 0): string[] {
  if (element.classList.contains('skip-link')) return [];
  const classes = [...element.classList].filter((name) => name !== 'shell-placeholder').sort();
  const attributes = ATTRIBUTES.filter((name) => element.hasAttribute(name)).map(
    (name) => `${name}=${element.getAttribute(name)}`,
  );
  const text = [...element.childNodes]
    .filter((node) => node.nodeType === node.TEXT_NODE)
    .map((node) => node.textContent?.trim())
    .filter(Boolean)
    .join(' ');
  const line = `${'  '.repeat(depth)}${element.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')} ${attributes.join(' ')} ${text}`;
  return [line.trimEnd(), ...[...element.children].flatMap((child) => shape(child, depth + 1))];
}

function staticFrame(): Element {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
  const frame = new DOMParser()
    .parseFromString(html, 'text/html')
    .querySelector('#root > [data-static-shell]');
  if (!frame) throw new Error('index.html has no static frame in #root');
  return frame;
}

test('the frame index.html paints is the one the app first renders, its controls held as hidden placeholders', () => {
  waitForApi(new Promise(() => undefined));
  const { container } = renderApp(LIST);
  const rendered = container.firstElementChild;
  if (!rendered) throw new Error('the app rendered nothing');

  expect(shape(staticFrame())).toEqual(shape(rendered));
});

test('the static frame offers nothing to press before the app is there', () => {
  const frame = staticFrame();
  const controls = [...frame.querySelectorAll('button, a[href], input, select, textarea')];

  expect(controls.length).toBeGreaterThan(0);
  for (const control of controls) {
    const name = `${control.tagName.toLowerCase()} "${control.textContent}"`;
    expect(control.classList.contains('shell-placeholder'), name).toBe(true);
    expect(control.hasAttribute('disabled'), name).toBe(true);
  }
});
