import { useRouteError } from 'react-router';
import { ErrorFallback } from './error-fallback';

export function RouteErrorFallback() {
  return (
    <main className="page">
      <ErrorFallback error={useRouteError()} onRetry={() => window.location.reload()} />
    </main>
  );
}
