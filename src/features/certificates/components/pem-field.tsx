import { useId, useState } from 'react';
import { readPemFile } from '../../../lib/x509/read-pem-file';

type Props = {
  id: string;
  label: string;
  hint: string;
  /** What a DER file holds, to convert it to PEM. */
  kind: 'CERTIFICATE' | 'PRIVATE KEY';
  accept: string;
  fileLabel: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  disabled: boolean;
};

/** A PEM text area that can also be filled from a file; its error sits beside it. */
export function PemField({
  id,
  label,
  hint,
  kind,
  accept,
  fileLabel,
  value,
  onChange,
  error,
  disabled,
}: Props) {
  const ids = { hint: useId(), error: useId(), file: useId(), fileNote: useId() };
  const [fileNote, setFileNote] = useState<{ text: string; failed: boolean } | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again reads it again.
    input.value = '';
    if (!file) return;
    const result = await readPemFile(file, kind);
    if (!result.ok) {
      setFileNote({ text: result.message, failed: true });
      return;
    }
    setFileNote({
      text: `Read ${file.name}${result.converted ? ' (DER, converted to PEM)' : ''}.`,
      failed: false,
    });
    onChange(result.pem);
  };

  const described = [ids.hint, error ? ids.error : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input pem-field__text"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        value={value}
        onChange={(event) => {
          setFileNote(null);
          onChange(event.target.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        disabled={disabled}
      />
      <p id={ids.hint} className="field__hint">
        {hint}
      </p>
      {error ? (
        <p id={ids.error} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="pem-field__file">
        <label htmlFor={ids.file}>{fileLabel}</label>
        <input
          id={ids.file}
          type="file"
          accept={accept}
          onChange={(event) => void pick(event.currentTarget)}
          aria-describedby={fileNote ? ids.fileNote : undefined}
          disabled={disabled}
        />
      </div>
      {fileNote ? (
        <p
          id={ids.fileNote}
          className={fileNote.failed ? 'field__error' : 'field__hint'}
          role={fileNote.failed ? 'alert' : 'status'}
        >
          {fileNote.text}
        </p>
      ) : null}
    </div>
  );
}
