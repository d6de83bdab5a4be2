import { lazy, Suspense, useId, useState } from 'react';
import type { Certificate } from '../model/certificate';
import './install-on-devices.css';

const InstallGuidePlatforms = lazy(() =>
  import('./install-guide-platforms').then((module) => ({ default: module.InstallGuidePlatforms })),
);

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
        {open ? (
          <Suspense fallback={<p className="muted">Loading the steps…</p>}>
            <InstallGuidePlatforms certificate={certificate} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
