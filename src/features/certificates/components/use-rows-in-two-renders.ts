import { useDeferredValue, useMemo } from 'react';
import type { Certificate } from '../model/certificate';

/**
 * Rows rendered at once when the rows change: a tall screen's worth (19 rows fill 1920×1080). The rest
 * of the page follows in a deferred render, so a filter, a sort or a keystroke paints its first rows
 * in a fraction of the time all 50 take, and the rest come a moment later, in a render the next
 * keystroke can interrupt. It only splits an urgent update: in a transition React renders everything.
 */
export const FIRST_ROWS = 20;
const NO_ROWS: Certificate[] = [];

/**
 * The first FIRST_ROWS rows as they are now, and the rest as of the last render that had time for
 * them: for one render after a change the rest still shows what it showed (nothing on the first
 * render), less any row now among the first, so no certificate is on screen twice.
 */
export function useRowsInTwoRenders(shown: Certificate[]): { head: Certificate[]; tail: Certificate[] } {
  const [head, currentTail] = useMemo(
    () =>
      shown.length > FIRST_ROWS ? [shown.slice(0, FIRST_ROWS), shown.slice(FIRST_ROWS)] : [shown, NO_ROWS],
    [shown],
  );
  const settledTail = useDeferredValue(currentTail, NO_ROWS);
  const tail = useMemo(() => {
    if (settledTail === currentTail || settledTail.length === 0) return settledTail;
    const inHead = new Set(head.map((certificate) => certificate.id));
    return settledTail.filter((certificate) => !inHead.has(certificate.id));
  }, [settledTail, currentTail, head]);
  return { head, tail };
}
