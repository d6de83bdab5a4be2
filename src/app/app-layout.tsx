import { Outlet } from 'react-router';
import { BrandMark } from './brand-mark';
import { ErrorBoundary } from './error-boundary';
import { ModeBanner } from './mode-banner';
import { SignedInAs } from './signed-in-as';

export function AppLayout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="topbar__brand">
          <BrandMark />
          Zero Trust
        </span>
        <ModeBanner />
        <SignedInAs />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>Zero Trust</li>
            <li>Traffic policies</li>
            <li>Traffic settings</li>
          </ol>
        </nav>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
