import type { Certificate } from '../model/certificate';
import { ONE_CLIENT_DOCS_URL } from '../model/cloudflare-docs';
import { CertificateDownloads } from './certificate-downloads';
import { InstallGuide } from './install-guide';

type Props = { accountId: string; certificate: Certificate; now: number };

/** The drawer's section for getting the root onto devices: the One Client, the files, and the manual steps. */
export function InstallOnDevices({ accountId, certificate, now }: Props) {
  return (
    <section aria-labelledby="install-on-devices-heading" className="drawer-section">
      <h3 id="install-on-devices-heading">Install on devices</h3>
      <p className="muted">
        Devices with the Cloudflare One Client install an Available certificate by themselves when the device
        setting to install the certificate is on (
        <a href={ONE_CLIENT_DOCS_URL} target="_blank" rel="noreferrer noopener">
          how the One Client installs it
        </a>
        ). For every other device, hand its team the right file:
      </p>
      <CertificateDownloads accountId={accountId} certificate={certificate} now={now} withReminder />
      <InstallGuide certificate={certificate} />
    </section>
  );
}
