import { useState } from 'react';

/** True from the first time `open` is true: a lazy dialog mounts then and stays, so it can close gracefully. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
