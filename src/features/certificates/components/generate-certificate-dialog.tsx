import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Modal } from '../../../components/ui/modal';
import { SlowNotice } from '../../../components/ui/slow-notice';
import { countOf, formatCount, formatDate, formatDateTime } from '../../../lib/format-date';
import { certificateQueries } from '../api/certificate-queries';
import { useGenerateCertificate } from '../api/generate-certificate';
import type { Certificate } from '../model/certificate';
import { type GenerationAllowance, generationAllowance } from '../model/generation-allowance';
import {
  DEFAULT_VALIDITY_DAYS,
  DURATION_PRESETS,
  expiryAfter,
  MAX_VALIDITY_DAYS,
  MIN_VALIDITY_DAYS,
  parseValidityDays,
} from '../model/validity';

type Props = {
  accountId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list as last fetched, to say how many generations are left; undefined while unknown. */
  certificates: Certificate[] | undefined;
  now: number;
  onGenerated: (certificate: Certificate) => void;
};

type Choice = number | 'custom';

function AllowanceNote({ allowance }: { allowance: GenerationAllowance }) {
  if (allowance.kind === 'refused') {
    // The server's answer, kept until the time it names: announced once, in place of the error.
    return (
      <p className="callout callout--warn" role="alert">
        {allowance.message}
      </p>
    );
  }
  if (allowance.kind === 'none-left') {
    return (
      <p className="callout callout--warn">
        This account has generated 3 certificates in the last 24 hours, the most allowed. The next one can be
        generated after {formatDateTime(allowance.nextAt)}.
      </p>
    );
  }
  return (
    <p className="muted">
      At most 3 certificates can be generated in 24 hours: up to {allowance.left} more can be generated now.
    </p>
  );
}

export function GenerateCertificateDialog({
  accountId,
  open,
  onOpenChange,
  certificates,
  now,
  onGenerated,
}: Props) {
  const [choice, setChoice] = useState<Choice>(DEFAULT_VALIDITY_DAYS);
  const [customDays, setCustomDays] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const generate = useGenerateCertificate(accountId);
  const ids = { days: useId(), daysError: useId(), daysHint: useId() };

  const parsed = choice === 'custom' ? parseValidityDays(customDays) : ({ ok: true, days: choice } as const);
  const history = useQuery(certificateQueries.generations(accountId)).data;
  // Unknown until the list has been seen once; after that, what the screen has seen, and any refusal.
  const allowance = certificates ? generationAllowance(history, now) : null;
  const busy = generate.isPending;
  const limitReached = allowance?.kind === 'none-left' || allowance?.kind === 'refused';
  const rateLimited = generate.error?.status === 429;
  // A 429 is said once: by the kept refusal when it named a time, else by the error alone.
  const failure = generate.isError && !(rateLimited && allowance?.kind === 'refused') ? generate.error : null;

  const close = (next: boolean) => {
    // While generating, the dialog stays: closing it would hide whether the certificate was made.
    if (busy) return;
    if (!next) {
      generate.reset();
      setShowErrors(false);
    }
    onOpenChange(next);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!parsed.ok) {
      setShowErrors(true);
      document.getElementById(ids.days)?.focus();
      return;
    }
    generate.mutate(parsed.days, {
      onSuccess: (certificate) => {
        onOpenChange(false);
        setChoice(DEFAULT_VALIDITY_DAYS);
        setCustomDays('');
        setShowErrors(false);
        generate.reset();
        onGenerated(certificate);
      },
    });
  };

  const daysInvalid = choice === 'custom' && showErrors && !parsed.ok;

  return (
    <Modal
      open={open}
      onOpenChange={close}
      title="Generate certificate"
      description="A new root CA starts Inactive. Activate it, install it on devices, then turn it on."
    >
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset className="choices" disabled={busy}>
          <legend>How long it is valid</legend>
          {DURATION_PRESETS.map((preset) => (
            <label key={preset.days} className="choice">
              <input
                type="radio"
                name="duration"
                checked={choice === preset.days}
                onChange={() => setChoice(preset.days)}
              />
              {preset.label}
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name="duration"
              checked={choice === 'custom'}
              onChange={() => setChoice('custom')}
            />
            Custom
          </label>
        </fieldset>

        {choice === 'custom' ? (
          <div className="field">
            <label htmlFor={ids.days}>Days</label>
            <input
              id={ids.days}
              className="input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={customDays}
              onChange={(event) => setCustomDays(event.target.value)}
              onBlur={() => customDays !== '' && setShowErrors(true)}
              aria-invalid={daysInvalid}
              aria-describedby={daysInvalid ? `${ids.daysError} ${ids.daysHint}` : ids.daysHint}
              disabled={busy}
            />
            <p id={ids.daysHint} className="field__hint">
              A whole number from {MIN_VALIDITY_DAYS} to {formatCount(MAX_VALIDITY_DAYS)} (30 years).
            </p>
            {daysInvalid ? (
              <p id={ids.daysError} className="field__error" role="alert">
                {parsed.message}
              </p>
            ) : null}
          </div>
        ) : null}

        <p className="expiry-preview" aria-live="polite">
          {parsed.ok
            ? `Expires on ${formatDate(expiryAfter(parsed.days, now))} (${countOf(parsed.days, 'day')}).`
            : 'Enter the number of days to see when it expires.'}
        </p>
        {allowance && !(rateLimited && allowance.kind === 'up-to') ? (
          <AllowanceNote allowance={allowance} />
        ) : null}

        <SlowNotice pending={busy} />
        {failure ? (
          <p role="alert" className="callout callout--error">
            {failure.message}
          </p>
        ) : null}

        <div className="modal__actions">
          <button type="button" className="button" onClick={() => close(false)} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || limitReached}>
            {busy ? 'Generating…' : 'Generate certificate'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
