// The demo floor: the floor's app getting its rows from an MSW worker with one handler, started as MSW's
// docs start it (imported dynamically and awaited before the first render). What a demo on MSW costs at least.
import { type Row, renderFloor } from '../floor/app.tsx';

async function enableMocking() {
  const { worker } = await import('./worker.ts');
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

void enableMocking().then(() => renderFloor(async () => (await (await fetch('/api/rows')).json()) as Row[]));
