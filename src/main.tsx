import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { readAppConfig } from './app/app-config';
import { createQueryClient } from './app/query-client';
import { takeScenarioRequest } from './app/scenario-request';
import { prefetchFirstScreen } from './features/certificates/prefetch-first-screen';
import { afterFirstContentfulPaint } from './lib/after-first-paint';
import { waitForApi } from './lib/api-readiness';
import './styles.css';

const config = readAppConfig();
// Mock mode: the simulated API starts beside the first render instead of before it, so the page paints
// at once; every request waits for the start (lib/api-readiness.ts). Its service worker began installing
// before this code arrived (public/mock-worker-early.js). Live mode never loads the mock.
const scenario = config.mode === 'mock' ? takeScenarioRequest() : null;
// The mock's code is fetched once the page has painted, so it never competes with what paints it (on a
// slow connection it is as large as the entry); its service worker is already installing.
const startup =
  config.mode === 'mock'
    ? afterFirstContentfulPaint()
        .then(() => import('./app/start-mock'))
        .then((mock) => mock.startMock(scenario))
    : null;
if (startup) waitForApi(startup);

async function start() {
  const queryClient = createQueryClient();
  // The list's request goes out now, beside the first render, not once the list has mounted.
  await prefetchFirstScreen(queryClient, window.location.pathname, config.defaultAccountId);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A transition, so React renders the first screen in slices instead of one long task: the page
  // answers input meanwhile (Lighthouse counted 60-100 ms less blocking time on mobile, live mode).
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App runtime={{ config, startup }} queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}
void start();
