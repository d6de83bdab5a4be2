import type { Certificate } from './certificate';

export type Selection = ReadonlySet<string>;

/** Only an Inactive certificate can be deleted (rule 6), so only those can be selected for a bulk delete. */
export const isSelectable = (certificate: Pick<Certificate, 'bindingStatus' | 'inUse'>) =>
  certificate.bindingStatus === 'inactive' && !certificate.inUse;

/**
 * What a bulk delete would act on: the selected certificates among those shown that are still Inactive,
 * in the order shown. A row filtered away, deleted elsewhere or activated meanwhile drops out, so
 * nothing the person cannot see is touched.
 */
export const selectedAmong = (shown: readonly Certificate[], selected: Selection): Certificate[] =>
  selected.size === 0 ? [] : shown.filter((c) => selected.has(c.id) && isSelectable(c));

/** The selection with `ids` added or taken out. */
export function withSelected(selected: Selection, ids: readonly string[], checked: boolean): Selection {
  const next = new Set(selected);
  for (const id of ids) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The select-all box over `ids`: checked when all are selected, mixed when some are. */
export function selectAllState(ids: readonly string[], selected: Selection): 'all' | 'some' | 'none' {
  const count = ids.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === ids.length ? 'all' : 'some';
}
