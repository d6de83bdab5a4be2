import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { MockStore, type StoreOptions } from './store/mock-store';
import { memoryPersistence } from './store/persistence';

/** The mock API for Vitest: the same handlers, an in-memory store, a clock the test may move. */
export function createTestMock(options: Partial<StoreOptions> = {}) {
  const store = new MockStore({ persistence: memoryPersistence(), ...options });
  const server = setupServer(...createHandlers(store));
  return { store, server };
}
