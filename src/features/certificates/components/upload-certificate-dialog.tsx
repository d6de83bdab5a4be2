import { useEffect, useId, useRef, useState } from 'react';
import { Modal } from '../../../components/ui/modal';
import { SlowNotice } from '../../../components/ui/slow-notice';
import { now } from '../../../lib/clock';
import { type UploadedCertificate, useUploadCustomCertificate } from '../api/custom-certificates';
import type { Certificate } from '../model/certificate';
import { PemField } from './pem-field';

/** At most 5 custom certificates per account; the mock refuses the sixth too. */
export const MAX_CUSTOM_CERTIFICATES = 5;
const MAX_NAME_LENGTH = 255;

type Field = 'name' | 'certificate' | 'privateKey';
type FieldErrors = Partial<Record<Field, string>>;

type Props = {
  accountId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list as last fetched, to say when the custom limit is reached; undefined while unknown. */
  certificates: Certificate[] | undefined;
  onUploaded: (uploaded: UploadedCertificate) => void;
};

/** The X.509 checks (and their library) load only once someone opens this dialog. */
const loadChecks = () => import('../../../lib/x509/check-ca-upload');

function emptyFieldErrors(name: string, certificate: string, privateKey: string): FieldErrors {
  const errors: FieldErrors = {};
  if (name.trim() === '') errors.name = 'Give the certificate a name, so you can tell it apart in the list.';
  else if (name.trim().length > MAX_NAME_LENGTH)
    errors.name = `The name is ${name.trim().length} characters; use at most ${MAX_NAME_LENGTH}.`;
  if (certificate.trim() === '')
    errors.certificate = 'Paste the root CA certificate (PEM), or choose its .pem or .crt file.';
  if (privateKey.trim() === '') errors.privateKey = "Paste the certificate's private key (PEM).";
  return errors;
}

type FormProps = {
  accountId: string;
  customCount: number | null;
  onBusyChange: (busy: boolean) => void;
  onCancel: () => void;
  onUploaded: (uploaded: UploadedCertificate) => void;
};

/** Mounted only while the dialog is open, so the pasted key leaves memory when it closes. */
function UploadForm({ accountId, customCount, onBusyChange, onCancel, onUploaded }: FormProps) {
  const [name, setName] = useState('');
  const [certificate, setCertificate] = useState('');
  const [privateKey, setPrivateKey] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checking, setChecking] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusField, setFocusField] = useState<Field | null>(null);
  const submitting = useRef(false);
  const upload = useUploadCustomCertificate(accountId);
  const nameId = useId();
  const nameErrorId = useId();
  const certificateId = useId();
  const privateKeyId = useId();

  const busy = checking || upload.isPending;
  const limitReached = customCount !== null && customCount >= MAX_CUSTOM_CERTIFICATES;

  useEffect(() => {
    onBusyChange(busy);
  }, [busy, onBusyChange]);

  useEffect(() => {
    // A refused field takes focus once the form is enabled again, so its message is read out with it.
    if (busy || !focusField) return;
    const id = { name: nameId, certificate: certificateId, privateKey: privateKeyId }[focusField];
    document.getElementById(id)?.focus();
    setFocusField(null);
  }, [busy, focusField, nameId, certificateId, privateKeyId]);

  useEffect(() => {
    // Start fetching the checks while the person pastes; a failure here is reported on submit.
    loadChecks().catch(() => undefined);
  }, []);

  const edit = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors((current) => ({ ...current, [field]: undefined }));
    setFormError(null);
    upload.reset();
  };

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setFocusField((['name', 'certificate', 'privateKey'] as const).find((field) => next[field]) ?? null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (submitting.current || upload.isPending || limitReached) return;
    const empty = emptyFieldErrors(name, certificate, privateKey);
    if (Object.keys(empty).length > 0) return refuse(empty);

    submitting.current = true;
    setChecking(true);
    setFormError(null);
    try {
      const { checkCaUpload } = await loadChecks();
      const checked = await checkCaUpload({ certificate, privateKey }, new Date(now()));
      if (!checked.ok) return refuse({ [checked.field]: checked.message });
      upload.mutate(
        // The checked certificate, re-encoded: one clean PEM block whatever surrounded it.
        { name: name.trim(), certificate: checked.pem, privateKey },
        {
          onSuccess: (uploaded) => {
            setPrivateKey('');
            onUploaded(uploaded);
          },
        },
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setFormError(
        `The certificate could not be checked in this browser (${detail}). Reload the page and try again.`,
      );
    } finally {
      submitting.current = false;
      setChecking(false);
    }
  };

  return (
    <form className="upload-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <div className="field">
        <label htmlFor={nameId}>Certificate name</label>
        <input
          id={nameId}
          className="input"
          type="text"
          autoComplete="off"
          value={name}
          onChange={(event) => edit('name', setName)(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? nameErrorId : undefined}
          disabled={busy}
        />
        {errors.name ? (
          <p id={nameErrorId} className="field__error" role="alert">
            {errors.name}
          </p>
        ) : null}
      </div>

      <PemField
        id={certificateId}
        label="Certificate"
        hint="One root CA certificate in PEM, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----."
        kind="CERTIFICATE"
        accept=".pem,.crt,.cer,.der"
        fileLabel="Or choose a certificate file (.pem or .crt)"
        value={certificate}
        onChange={edit('certificate', setCertificate)}
        error={errors.certificate}
        disabled={busy}
      />

      <PemField
        id={privateKeyId}
        label="Private key"
        hint="Its unencrypted key: BEGIN PRIVATE KEY (PKCS#8), BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY. It is sent once and never shown again."
        kind="PRIVATE KEY"
        accept=".pem,.key,.der"
        fileLabel="Or choose a key file (.pem or .key)"
        value={privateKey}
        onChange={edit('privateKey', setPrivateKey)}
        error={errors.privateKey}
        disabled={busy}
      />

      {limitReached && !upload.isError ? (
        <p className="callout callout--warn">
          This account has {MAX_CUSTOM_CERTIFICATES} custom certificates, the most allowed. Delete one before
          uploading another.
        </p>
      ) : null}
      {formError ? (
        <p role="alert" className="callout callout--error">
          {formError}
        </p>
      ) : null}
      <SlowNotice pending={upload.isPending} />
      {upload.isError ? (
        <p role="alert" className="callout callout--error">
          {upload.error.message}
        </p>
      ) : null}

      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy || limitReached}>
          {checking ? 'Checking…' : upload.isPending ? 'Uploading…' : 'Upload certificate'}
        </button>
      </div>
    </form>
  );
}

export function UploadCertificateDialog({ accountId, open, onOpenChange, certificates, onUploaded }: Props) {
  const [busy, setBusy] = useState(false);
  const customCount = certificates ? certificates.filter((c) => c.type === 'custom').length : null;

  const change = (next: boolean) => {
    // While checking or uploading, the dialog stays: closing it would hide whether the upload happened.
    if (busy && !next) return;
    onOpenChange(next);
  };

  return (
    <Modal
      open={open}
      onOpenChange={change}
      title="Upload certificate"
      description="Your own root CA. It is checked in this browser before anything is sent, and starts Inactive: activate it, install it on devices, then turn it on."
    >
      <UploadForm
        accountId={accountId}
        customCount={customCount}
        onBusyChange={setBusy}
        onCancel={() => change(false)}
        onUploaded={(uploaded) => {
          setBusy(false);
          onOpenChange(false);
          onUploaded(uploaded);
        }}
      />
    </Modal>
  );
}
