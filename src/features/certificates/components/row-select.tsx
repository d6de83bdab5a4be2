import { useEffect, useRef } from 'react';
import { isSelectable, type Selection, selectAllState } from '../model/bulk-selection';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';

export type RowSelection = {
  selected: Selection;
  /** Stable across renders, so the memoised rows stay memoised. */
  onSelect: (ids: string[], checked: boolean) => void;
};

/** "Select Certificate 47a54ba7": a checkbox on each Inactive row; other rows keep its place empty. */
export function RowSelectBox({
  certificate,
  selected = false,
  onSelect,
}: {
  certificate: Certificate;
  selected?: boolean;
  onSelect: RowSelection['onSelect'];
}) {
  if (!isSelectable(certificate)) return <span className="row-select" />;
  return (
    <span className="row-select">
      <input
        type="checkbox"
        aria-label={`Select ${certificateLabel(certificate)}`}
        checked={selected}
        // The row opens the drawer on a click; ticking the box must not.
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => onSelect([certificate.id], event.target.checked)}
      />
    </span>
  );
}

/** Selects or clears every Inactive row on screen; mixed while only some are. */
export function SelectAllBox({ rows, selection }: { rows: Certificate[]; selection: RowSelection }) {
  const ids = rows.filter(isSelectable).map((c) => c.id);
  const state = selectAllState(ids, selection.selected);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  if (ids.length === 0) return <span className="row-select" />;
  return (
    <span className="row-select">
      <input
        ref={box}
        type="checkbox"
        aria-label="Select all Inactive certificates shown"
        checked={state === 'all'}
        onChange={(event) => selection.onSelect(ids, event.target.checked)}
      />
    </span>
  );
}
