import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { BrandMark } from './brand-mark';

it('draws the favicon, inline and hidden from assistive technology', () => {
  const favicon = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  const { container } = render(<BrandMark />);
  const svg = container.querySelector('svg');
  expect(svg?.getAttribute('aria-hidden')).toBe('true');
  expect(svg?.getAttribute('viewBox')).toBe(/viewBox="([^"]+)"/.exec(favicon)?.[1]);
  const drawn = [...container.querySelectorAll('path')].map((path) => path.getAttribute('d'));
  expect(drawn).toEqual([...favicon.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]));
  const fills = [...container.querySelectorAll('rect, path')].map((shape) => shape.getAttribute('fill'));
  expect(fills).toEqual(
    [...favicon.matchAll(/<(?:rect|path)[^>]* fill="([^"]+)"/g)].map((match) => match[1]),
  );
});
