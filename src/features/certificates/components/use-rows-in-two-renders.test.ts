import { act, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import type { Certificate } from '../model/certificate';
import { FIRST_ROWS, useRowsInTwoRenders } from './use-rows-in-two-renders';

const list = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => aCertificate({ id: `${prefix}${String(i).padStart(2, '0')}` }));
const ids = (rows: Certificate[]) => rows.map((row) => row.id);

/** Lets the frame be painted (and the fallback pass, where no frame comes). */
const afterThePaint = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));

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

test('at first, the first rows only; the rest once that frame has been painted', async () => {
  const a = list('a', 50);
  const { renders, result } = renderRows(a);
  expect(renders.at(-1)).toEqual({ head: ids(a.slice(0, FIRST_ROWS)), tail: [] });
  await afterThePaint();
  expect(renders.at(-1)).toEqual({ head: ids(a.slice(0, FIRST_ROWS)), tail: ids(a.slice(FIRST_ROWS)) });
  expect([...result.current.head, ...result.current.tail]).toEqual(a);
});

test('a change shows its first rows with the rows below as they were, then the new rows below', async () => {
  const a = list('a', 50);
  const b = list('b', 50);
  const { renders, rerender } = renderRows(a);
  await afterThePaint();
  rerender({ shown: b });
  expect(renders.at(-1)).toEqual({ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(a.slice(FIRST_ROWS)) });
  await afterThePaint();
  expect(renders.at(-1)).toEqual({ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(b.slice(FIRST_ROWS)) });
});

test('a row that moved up is not also shown below, even for that one frame', async () => {
  const a = list('a', 50);
  // Sorted the other way: a49 … a00, so a49 … a30 (below before) are now the first rows.
  const reversed = [...a].reverse();
  const { renders, rerender } = renderRows(a);
  await afterThePaint();
  rerender({ shown: reversed });
  const first = renders.at(-1);
  expect(first?.head).toEqual(ids(reversed.slice(0, FIRST_ROWS)));
  expect(first?.tail).toEqual(ids(a.slice(FIRST_ROWS, 30)));
  await afterThePaint();
  expect(renders.at(-1)?.tail).toEqual(ids(reversed.slice(FIRST_ROWS)));
});

test('a list that became shorter never shows rows it no longer holds', async () => {
  const a = list('a', 50);
  const { renders, rerender } = renderRows(a);
  await afterThePaint();
  // Within the first rows: nothing below, at once.
  const few = list('f', 3);
  rerender({ shown: few });
  expect(renders.at(-1)).toEqual({ head: ids(few), tail: [] });
  await afterThePaint();
  rerender({ shown: a });
  await afterThePaint();
  // Five rows below the first: at most five rows below, until the new ones come.
  const b = list('b', FIRST_ROWS + 5);
  rerender({ shown: b });
  expect(renders.at(-1)).toEqual({
    head: ids(b.slice(0, FIRST_ROWS)),
    tail: ids(a.slice(FIRST_ROWS, FIRST_ROWS + 5)),
  });
  await afterThePaint();
  expect(renders.at(-1)).toEqual({ head: ids(b.slice(0, FIRST_ROWS)), tail: ids(b.slice(FIRST_ROWS)) });
});

test('a short list is shown whole in one render', async () => {
  const few = list('f', FIRST_ROWS);
  const { renders } = renderRows(few);
  await afterThePaint();
  expect(renders.every((render) => render.head.length === FIRST_ROWS && render.tail.length === 0)).toBe(true);
});
