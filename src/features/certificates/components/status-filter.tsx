import { useId } from 'react';
import type { DisplayStatus } from '../model/display-status';
import { type StatusFilter as Filter, STATUS_FILTERS } from '../model/list-view';

type Props = {
  value: Filter;
  counts: Record<DisplayStatus, number>;
  total: number;
  onChange: (value: Filter) => void;
};

export function StatusFilter({ value, counts, total, onChange }: Props) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value as Filter)}
      >
        <option value="all">All statuses ({total})</option>
        {STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {status} ({counts[status]})
          </option>
        ))}
      </select>
    </div>
  );
}
