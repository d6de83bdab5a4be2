/** The rotation dialog is open while the address says `?rotate=1`, so a reload reopens it where it was. */
export const ROTATE_PARAM = 'rotate';

export function withRotation(params: URLSearchParams, open: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (open) next.set(ROTATE_PARAM, '1');
  else next.delete(ROTATE_PARAM);
  return next;
}
