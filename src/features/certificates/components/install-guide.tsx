import { useId, useState } from 'react';
import type { Certificate } from '../api/certificate';
import { certificateFileName } from '../model/certificate-files';
import { INSTALL_GUIDES, type InstallFile } from '../model/install-guides';
import { mobileconfigFileName } from '../model/mobileconfig-name';
import './install-on-devices.css';

const fileName = (certificate: Pick<Certificate, 'id' | 'name'>, file: InstallFile) =>
  file === 'mobileconfig' ? mobileconfigFileName(certificate) : certificateFileName(certificate, file);

/** Short manual steps per platform, folded away until asked for so the drawer stays short. */
export function InstallGuide({ certificate }: { certificate: Pick<Certificate, 'id' | 'name'> }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="install-guide">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="disclosure__marker">
          {open ? '▾' : '▸'}
        </span>
        Steps for each platform
      </button>
      <div id={panelId} hidden={!open} className="install-guide__platforms">
        {INSTALL_GUIDES.map((guide) => {
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
                  <code>
                    {guide.commands.map((command) => command.replaceAll('{file}', name)).join('\n')}
                  </code>
                </pre>
              ) : null}
              <a href={guide.docsUrl} target="_blank" rel="noreferrer noopener">
                Cloudflare's documentation for {guide.platform}
              </a>
            </section>
          );
        })}
      </div>
    </div>
  );
}
