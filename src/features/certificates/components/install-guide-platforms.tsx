import type { Certificate } from '../model/certificate';
import { certificateFileName } from '../model/certificate-files';
import { INSTALL_GUIDES, type InstallFile } from '../model/install-guides';
import { mobileconfigFileName } from '../model/mobileconfig-name';
import './install-guide-platforms.css';

const fileName = (certificate: Pick<Certificate, 'id' | 'name'>, file: InstallFile) =>
  file === 'mobileconfig' ? mobileconfigFileName(certificate) : certificateFileName(certificate, file);

/** The manual steps, one section per platform, each naming the file its team needs. Loaded when unfolded. */
export function InstallGuidePlatforms({ certificate }: { certificate: Pick<Certificate, 'id' | 'name'> }) {
  return INSTALL_GUIDES.map((guide) => {
    const name = fileName(certificate, guide.file);
    return (
      <section key={guide.platform} aria-label={guide.platform} className="install-guide__platform">
        <h4>{guide.platform}</h4>
        <p className="install-guide__file">
          File: <code>{name}</code> (.{guide.file})
        </p>
        <ol>
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {guide.commands ? (
          <pre className="install-guide__commands">
            <code>{guide.commands.map((command) => command.replaceAll('{file}', name)).join('\n')}</code>
          </pre>
        ) : null}
        <a href={guide.docsUrl} target="_blank" rel="noreferrer noopener">
          Cloudflare's documentation for {guide.platform}
        </a>
      </section>
    );
  });
}
