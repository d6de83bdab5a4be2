import type { Certificate } from './certificate';
import { type DisplayStatus, displayStatus } from './display-status';

export const STATUS_FILTERS = [
  'Inactive',
  'Pending',
  'Available',
  'Available and In-Use',
] as const satisfies readonly DisplayStatus[];
export type StatusFilter = 'all' | DisplayStatus;
export type SortKey = 'created' | 'expires';
export type SortDirection = 'asc' | 'desc';
export type ListLayout = 'table' | 'timeline';
export type ListView = {
  status: StatusFilter;
  sort: SortKey;
  direction: SortDirection;
  /** The search text, as typed (see search.ts for how it matches). */
  q: string;
  layout: ListLayout;
};

export const DEFAULT_VIEW: ListView = {
  status: 'all',
  sort: 'created',
  direction: 'desc',
  q: '',
  layout: 'table',
};
/** Longer than any name, id or fingerprint: an address cannot carry a page of text into the search. */
const MAX_QUERY_LENGTH = 200;

/** The first click on a column: the newest creations first, but the soonest expiries first. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = { created: 'desc', expires: 'asc' };

/** The view after a click on a sortable column: its first direction, or the other way on a second click. */
export function nextSort(view: ListView, sort: SortKey): ListView {
  if (view.sort !== sort) return { ...view, sort, direction: FIRST_DIRECTION[sort] };
  return { ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const timeOf = (iso: string | null) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** Filters by display status and sorts by a date; ties keep a stable order by id. */
export function viewCertificates(
  certificates: Certificate[],
  view: Pick<ListView, 'status' | 'sort' | 'direction'>,
): Certificate[] {
  const field = view.sort === 'created' ? 'createdAt' : 'expiresOn';
  const sign = view.direction === 'asc' ? 1 : -1;
  const shown =
    view.status === 'all'
      ? certificates.slice()
      : certificates.filter((c) => displayStatus(c) === view.status);
  const keyed = shown.map((certificate) => ({ certificate, time: timeOf(certificate[field]) }));
  // Ids compared by code unit, not localeCompare: ids are ASCII, and with many equal dates (thousands of
  // certificates made in one go) the tie-break runs for most pairs, where ICU's collation is the cost.
  keyed.sort((a, b) => sign * (a.time - b.time) || byCodeUnit(a.certificate.id, b.certificate.id));
  return keyed.map(({ certificate }) => certificate);
}

export function countByStatus(certificates: Certificate[]): Record<DisplayStatus, number> {
  const counts: Record<DisplayStatus, number> = {
    Inactive: 0,
    Pending: 0,
    Available: 0,
    'Available and In-Use': 0,
  };
  for (const certificate of certificates) counts[displayStatus(certificate)] += 1;
  return counts;
}

const isStatusFilter = (value: string | null): value is DisplayStatus =>
  (STATUS_FILTERS as readonly string[]).includes(value ?? '');

/** The view as the address keeps it, so a filtered, sorted list can be shared and survives a reload. */
export function readView(params: URLSearchParams): ListView {
  const status = params.get('status');
  const sort = params.get('sort');
  const direction = params.get('dir');
  return {
    status: isStatusFilter(status) ? status : DEFAULT_VIEW.status,
    sort: sort === 'expires' || sort === 'created' ? sort : DEFAULT_VIEW.sort,
    direction: direction === 'asc' || direction === 'desc' ? direction : DEFAULT_VIEW.direction,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    layout: params.get('view') === 'timeline' ? 'timeline' : 'table',
  };
}

export function writeView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status !== DEFAULT_VIEW.status) params.set('status', view.status);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.direction !== DEFAULT_VIEW.direction) params.set('dir', view.direction);
  if (view.q !== '') params.set('q', view.q);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('view', view.layout);
  return params;
}
