import type { ListLayout } from '../model/list-view';

const LAYOUTS: Array<{ value: ListLayout; label: string }> = [
  { value: 'table', label: 'Table' },
  { value: 'timeline', label: 'Timeline' },
];

/** Table or Timeline: two toggle buttons, the one in use pressed. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: ListLayout;
  onChange: (value: ListLayout) => void;
}) {
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">View</legend>
      {LAYOUTS.map((layout) => (
        <button
          key={layout.value}
          type="button"
          className="view-switch__button"
          aria-pressed={value === layout.value}
          onClick={() => onChange(layout.value)}
        >
          {layout.label}
        </button>
      ))}
    </fieldset>
  );
}
