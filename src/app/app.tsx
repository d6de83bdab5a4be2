import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
// From react-router/dom: it gives the router ReactDOM's flushSync, which a navigation may ask for.
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { type Runtime, RuntimeContext } from './runtime-context';

/** `queryClient`: one made before the first render (main.tsx starts the first screen's requests with it). */
export function App({ runtime, queryClient: given }: { runtime: Runtime; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [router] = useState(() => createAppRouter(runtime.config.defaultAccountId));
  return (
    <RuntimeContext.Provider value={runtime}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </RuntimeContext.Provider>
  );
}
