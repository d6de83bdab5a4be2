import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-error';
import { forgetCertificate, refreshAfterFailure, refreshList } from './certificate-cache';
import { deleteCertificate } from './delete-certificate';
import { type DeleteFailure, deleteEach } from './delete-each';

export type BulkDeleteState = {
  status: 'idle' | 'running' | 'done';
  total: number;
  /** Certificates answered so far, deleted or not. */
  done: number;
  deleted: string[];
  failures: DeleteFailure[];
};

const IDLE: BulkDeleteState = { status: 'idle', total: 0, done: 0, deleted: [], failures: [] };

/**
 * Deletes many certificates, one DELETE each, keeping the cache as the single delete does: each deleted
 * certificate leaves the list as soon as the server confirms it, and the run ends only once the list is
 * fresh. `run` ignores a call while a run is on its way.
 */
export function useBulkDelete(accountId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkDeleteState>(IDLE);
  const running = useRef(false);

  const run = useCallback(
    async (ids: readonly string[]) => {
      if (running.current) return null;
      running.current = true;
      setState({ ...IDLE, status: 'running', total: ids.length });
      try {
        const failures = await deleteEach(ids, {
          remove: (id) => deleteCertificate(accountId, id),
          onDeleted: (id) => {
            forgetCertificate(queryClient, accountId, id);
            setState((s) => ({ ...s, done: s.done + 1, deleted: [...s.deleted, id] }));
          },
          onFailed: (_id, error) => {
            if (error instanceof ApiError) refreshAfterFailure(queryClient, accountId)(error);
            setState((s) => ({ ...s, done: s.done + 1 }));
          },
        });
        await refreshList(queryClient, accountId);
        setState((s) => ({ ...s, status: 'done', failures }));
        return failures;
      } finally {
        running.current = false;
      }
    },
    [accountId, queryClient],
  );

  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, reset };
}
