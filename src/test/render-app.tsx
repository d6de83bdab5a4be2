import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { DEMO_ACCOUNT_ID } from '../app/app-config';
import { appRoutes } from '../app/router';
import { RuntimeContext } from '../app/runtime-context';

/** Renders the whole app at `path` with a fresh QueryClient that never retries, as the unit tests want. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 10_000 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(appRoutes(DEMO_ACCOUNT_ID), { initialEntries: [path] });
  const view = render(
    <RuntimeContext.Provider
      value={{ config: { mode: 'mock', defaultAccountId: DEMO_ACCOUNT_ID }, startup: null }}
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </RuntimeContext.Provider>,
  );
  return { ...view, router, queryClient };
}
