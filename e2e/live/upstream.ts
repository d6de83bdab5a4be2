import { type APIRequestContext, type APIResponse, expect } from '@playwright/test';
import { mockControls } from '../../test-kit/mock-controls';
import { LIVE_ACCOUNT_ID, LIVE_TOKEN, MOCK_API_BASE } from './live-env';

/**
 * The test's own line to the stand-in for Cloudflare, beside the server under test: to set the
 * account up and to check what really happened upstream. It carries the token, as the server does.
 */
export function upstream(request: APIRequestContext) {
  const account = `${MOCK_API_BASE}/accounts/${LIVE_ACCOUNT_ID}`;
  const headers = { authorization: `Bearer ${LIVE_TOKEN}` };
  const result = async <T = unknown>(response: APIResponse): Promise<T> => {
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { result: T }).result;
  };
  const controls = mockControls(
    async (method, path, data) =>
      result(await request.fetch(`${MOCK_API_BASE}${path}`, { method, headers, data })),
    LIVE_ACCOUNT_ID,
  );
  return {
    scenario: controls.scenario,
    behaviour: controls.behaviour,
    fault: controls.fault,
    certificates: async () =>
      result<{ id: string; binding_status: string; in_use: boolean }[]>(
        await request.get(`${account}/gateway/certificates`, { headers }),
      ),
    inUseId: async () => {
      type Configuration = { settings: { certificate: { id: string } } };
      const configuration = await result<Configuration>(
        await request.get(`${account}/gateway/configuration`, { headers }),
      );
      return configuration.settings.certificate.id;
    },
  };
}
