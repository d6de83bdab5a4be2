import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { type Runtime, RuntimeContext } from './runtime-context';

export function App({ runtime }: { runtime: Runtime }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(runtime.config.defaultAccountId));
  return (
    <RuntimeContext.Provider value={runtime}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </RuntimeContext.Provider>
  );
}
