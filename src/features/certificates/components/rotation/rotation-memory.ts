import { useCallback, useState } from 'react';
import type { RotationMemory } from '../../model/rotation';

/**
 * The rotation in progress, per account, in this browser's localStorage: it survives closing the
 * dialog, a reload and a new tab. Only ids are kept; every step's state is read again from the
 * account, and a memory that no longer matches the account is ignored (the model decides).
 */
const key = (accountId: string) => `zt-console:rotation:${accountId}`;

function parseMemory(text: string | null): RotationMemory | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { fromId, successorId, devicesReady } = value as Record<string, unknown>;
    if (typeof fromId !== 'string' || !fromId) return null;
    if (successorId !== null && typeof successorId !== 'string') return null;
    return { fromId, successorId, devicesReady: devicesReady === true };
  } catch {
    return null;
  }
}

function read(accountId: string): RotationMemory | null {
  try {
    return parseMemory(window.localStorage.getItem(key(accountId)));
  } catch {
    // Storage can be unavailable (privacy modes): the rotation then works from the account alone.
    return null;
  }
}

function write(accountId: string, memory: RotationMemory | null) {
  try {
    if (memory) window.localStorage.setItem(key(accountId), JSON.stringify(memory));
    else window.localStorage.removeItem(key(accountId));
  } catch {
    // As above: nothing to remember with, nothing lost but the successor's id after a reload.
  }
}

export function useRotationMemory(accountId: string) {
  const [memory, setMemory] = useState(() => read(accountId));
  const remember = useCallback(
    (next: RotationMemory | null) => {
      write(accountId, next);
      setMemory(next);
    },
    [accountId],
  );
  return [memory, remember] as const;
}
