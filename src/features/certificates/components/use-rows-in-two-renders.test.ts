import { act, renderHook } from '@testing-library/react';
import { startTransition } from 'react';
import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from '../model/certificate';
import { FIRST_ROWS, useRowsInTwoRenders } from './use-rows-in-two-renders';

const list = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => aCertificate({ id: `${prefix}${String(i).padStart(2, '0')}` }));
const ids = (rows: Certificate[]) => rows.map((row) => row.id);

/** Every render's answer, in order: what each render put on screen. */
function renderRows(first: Certificate[]) {
  const renders: { head: string[]; tail: string[] }[] = [];
  const hook = renderHook(
    ({ shown }) => {
      const rows = useRowsInTwoRenders(shown);
      renders.push({ head: ids(rows.head), tail: ids(rows.tail) });
      return rows;
    },
    { initialProps: { shown: first } },
  );
  return { ...hook, renders };
}

test('on the first render, the first rows only; the rest in the render after', () => {
  const a = list('a', 50);
  const { renders, result } = renderRows(a);
  expect(renders[0]).toEqual({ head: ids(a.slice(0, FIRST_ROWS)), tail: [] });
  expect(renders.at(-1)).toEqual({ head: ids(a.slice(0, FIRST_ROWS)), tail: ids(a.slice(FIRST_ROWS)) });
  expect([...result.current.head, ...result.current.tail]).toEqual(a);
});

test('a change shows its first rows with the rows below as they were, then the new rows below', () => {
  const a = list('a', 50);
  const b = list('b', 50);
  const { renders, rerender } = renderRows(a);
  renders.length = 0;
  rerender({ shown: b });
  expect(renders[0]).toEqual({ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(a.slice(FIRST_ROWS)) });
  expect(renders.at(-1)).toEqual({ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(b.slice(FIRST_ROWS)) });
});

test('a row that moved up is not also shown below, even for that one render', () => {
  const a = list('a', 50);
  // Sorted the other way: a49 … a00, so a49 … a30 (below before) are now the first rows.
  const reversed = [...a].reverse();
  const { renders, rerender } = renderRows(a);
  renders.length = 0;
  rerender({ shown: reversed });
  const first = renders[0];
  expect(first?.head).toEqual(ids(reversed.slice(0, FIRST_ROWS)));
  expect(first?.tail).toEqual(ids(a.slice(FIRST_ROWS, 30)));
  expect(new Set([...(first?.head ?? []), ...(first?.tail ?? [])]).size).toBe(FIRST_ROWS + 10);
  expect(renders.at(-1)?.tail).toEqual(ids(reversed.slice(FIRST_ROWS)));
});

test('a short list is shown whole in one render', () => {
  const few = list('f', FIRST_ROWS);
  const { renders, rerender } = renderRows(few);
  expect(renders.every((render) => render.head.length === FIRST_ROWS && render.tail.length === 0)).toBe(true);
  rerender({ shown: few.slice(0, 3) });
  expect(renders.at(-1)).toEqual({ head: ids(few.slice(0, 3)), tail: [] });
});

test('in a transition everything renders together: nothing is split', () => {
  const a = list('a', 50);
  const b = list('b', 50);
  const { renders, rerender } = renderRows(a);
  renders.length = 0;
  act(() => startTransition(() => rerender({ shown: b })));
  expect(renders).toEqual([{ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(b.slice(FIRST_ROWS)) }]);
});
