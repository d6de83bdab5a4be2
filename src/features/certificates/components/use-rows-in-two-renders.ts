import { startTransition, useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../../../lib/after-next-paint';
import type { Certificate } from '../model/certificate';

/**
 * Rows rendered at once when the rows change: a tall screen's worth (19 rows fill 1920×1080). The rest
 * of the page follows once that frame has been painted, in a render the next keystroke can interrupt,
 * so a filter, a sort or a keystroke paints its first rows in a fraction of the time all 50 take.
 */
export const FIRST_ROWS = 20;
const NO_ROWS: Certificate[] = [];

/**
 * The first FIRST_ROWS rows as they are now, and the rest as of the last frame: until the frame with
 * the first rows has been painted, the rows below stay as they were, so the page keeps its length.
 * They are never more than the new list has below its first rows, and never a certificate now among
 * the first, so nothing shows twice and a shorter list never shows rows it no longer holds.
 */
export function useRowsInTwoRenders(shown: Certificate[]): { head: Certificate[]; tail: Certificate[] } {
  const [head, currentTail] = useMemo(
    () =>
      shown.length > FIRST_ROWS ? [shown.slice(0, FIRST_ROWS), shown.slice(FIRST_ROWS)] : [shown, NO_ROWS],
    [shown],
  );
  const [settledTail, setSettledTail] = useState(NO_ROWS);
  useEffect(() => {
    if (settledTail === currentTail) return;
    return afterNextPaint(() => startTransition(() => setSettledTail(currentTail)));
  }, [currentTail, settledTail]);
  const tail = useMemo(() => {
    if (settledTail === currentTail || currentTail.length === 0) return currentTail;
    const inHead = new Set(head.map((certificate) => certificate.id));
    return settledTail.filter((certificate) => !inHead.has(certificate.id)).slice(0, currentTail.length);
  }, [settledTail, currentTail, head]);
  return { head, tail };
}
