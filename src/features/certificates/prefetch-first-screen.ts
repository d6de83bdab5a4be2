import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { answerArrived } from '../../lib/api-client';
import { certificateQueries } from './api/certificate-queries';
import { certificateListPath } from './api/list-certificates';
import { CERTIFICATES_ROUTE } from './paths';

/**
 * Asks for the certificate list before React first renders, so the request runs beside the first
 * render instead of after it (a query starts only once its component has mounted). Only for an
 * address that shows the list: the list route itself, or the index, which goes to the default
 * account's list. The query stays fresh for a while, so the mounted list takes this answer.
 *
 * Settles when the first render should start: at once, or, when the list's answer is already in the
 * page (the live server preloads it), once it is in the cache, so the first frame shows the rows
 * instead of a skeleton that is gone a moment later.
 */
export function prefetchFirstScreen(
  queryClient: QueryClient,
  pathname: string,
  defaultAccountId: string,
): Promise<void> {
  const accountId =
    pathname === '/'
      ? defaultAccountId
      : matchPath({ path: CERTIFICATES_ROUTE, end: false }, pathname)?.params.accountId;
  if (!accountId) return Promise.resolve();
  const prefetched = queryClient.prefetchQuery(certificateQueries.list(accountId));
  return answerArrived(certificateListPath(accountId)) ? prefetched : Promise.resolve();
}
