import { useId, useState } from 'react';
import { saveFile } from '../../../lib/download';
import type { Certificate } from '../model/certificate';
import { certificateFile } from '../model/certificate-files';
import { expiryState } from '../model/expiry';
import { certificatePath } from '../paths';

type Props = {
  accountId: string;
  certificate: Certificate;
  now: number;
  /** The calendar file belongs in the drawer; the rotation dialog only hands out the certificate. */
  withReminder?: boolean;
};

const download = (certificate: Certificate, extension: 'pem' | 'crt') => {
  const file = certificateFile(certificate, extension);
  saveFile(file.name, file.contents, file.type);
};

/** The files a device team needs; the profile and the calendar file are built on click, their code loaded then. */
export function CertificateDownloads({ accountId, certificate, now, withReminder = false }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const reasonId = useId();
  const expired = expiryState(certificate, now) === 'expired';

  const build = async (make: () => Promise<{ name: string; contents: string; type: string }>) => {
    setFailure(null);
    try {
      const file = await make();
      saveFile(file.name, file.contents, file.type);
    } catch (error) {
      setFailure(`The file could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const mobileconfig = () =>
    build(async () => (await import('../model/mobileconfig')).buildMobileconfig(certificate));
  const reminder = () =>
    build(async () =>
      (await import('../model/expiry-reminder')).buildExpiryReminder(certificate, {
        url: `${window.location.origin}${certificatePath(accountId, certificate.id)}`,
      }),
    );

  return (
    <>
      <div className="actions">
        <button type="button" className="button" onClick={() => download(certificate, 'crt')}>
          Download .crt
        </button>
        <button type="button" className="button" onClick={() => download(certificate, 'pem')}>
          Download .pem
        </button>
        <button type="button" className="button" onClick={() => void mobileconfig()}>
          Download .mobileconfig
        </button>
        {withReminder && certificate.expiresOn ? (
          <div className="action">
            <button
              type="button"
              className="button"
              disabled={expired}
              aria-describedby={expired ? reasonId : undefined}
              onClick={() => void reminder()}
            >
              Add expiry reminder
            </button>
            {expired ? (
              <p id={reasonId} className="action__reason">
                It has already expired.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      {failure ? (
        <p role="alert" className="callout callout--error">
          {failure}
        </p>
      ) : null}
    </>
  );
}
