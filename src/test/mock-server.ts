import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestMock } from '../../mocks/node';

/**
 * The mock API for component tests: one MSW server per test file, unhandled requests are errors,
 * and every request the page sends is recorded so a test can prove that nothing was sent.
 */
export function setupMockApi() {
  const mock = createTestMock();
  const requests: Array<{ method: string; path: string }> = [];
  mock.server.events.on('request:start', ({ request }) => {
    requests.push({ method: request.method, path: new URL(request.url).pathname });
  });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => mock.server.close());
  return { ...mock, requests };
}
