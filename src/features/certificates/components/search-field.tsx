import { useEffect, useId, useRef, useState } from 'react';

type Props = {
  /** The search the address holds. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * "Search certificates". The box keeps its own text so typing never waits for the address: the list
 * follows the address, and the box shows what was typed even while the list is still catching up
 * (a keystroke is never dropped, and Back or a shared link still sets the box).
 */
export function SearchField({ value, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const written = useRef(value);
  // The address changed by itself (Back, a shared link): show what it says.
  useEffect(() => {
    if (value === written.current) return;
    written.current = value;
    setText(value);
  }, [value]);

  return (
    <div className="filter search">
      <label htmlFor={id} className="search__label">
        Search certificates
      </label>
      <input
        id={id}
        type="search"
        className="input search__input"
        value={text}
        placeholder="Name, ID or fingerprint"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          written.current = event.target.value;
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
