// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiHandler, route } from './api-routes';

const echo = (name: string) => route('GET', name, ({ params }) => Response.json({ name, params }));
const handler = apiHandler(
  [
    echo('/gateway/certificates'),
    echo('/gateway/certificates/:id'),
    route('POST', '/gateway/certificates/:id/activate', ({ params }) =>
      Response.json({ activated: params.id }),
    ),
  ],
  ({ request }) =>
    Response.json({ unknown: `${request.method} ${new URL(request.url).pathname}` }, { status: 404 }),
);
const answer = async (path: string, method = 'GET') => {
  const response = await getResponse([handler], new Request(`https://api.example${path}`, { method }));
  return response ? { status: response.status, body: await response.json() } : undefined;
};

describe('the simulated API as one handler', () => {
  it('routes by method and path, naming the account and the certificate', async () => {
    expect(await answer('/client/v4/accounts/abc/gateway/certificates')).toEqual({
      status: 200,
      body: { name: '/gateway/certificates', params: { accountId: 'abc', id: '' } },
    });
    expect((await answer('/client/v4/accounts/abc/gateway/certificates/c-1'))?.body.params).toEqual({
      accountId: 'abc',
      id: 'c-1',
    });
    expect((await answer('/client/v4/accounts/abc/gateway/certificates/c-1/activate', 'POST'))?.body).toEqual(
      {
        activated: 'c-1',
      },
    );
  });

  it('matches as MSW did: any case, a trailing slash, escapes decoded, a query ignored', async () => {
    expect((await answer('/client/v4/accounts/ABC/Gateway/Certificates/'))?.body.name).toBe(
      '/gateway/certificates',
    );
    expect((await answer('/client/v4/accounts/a%2Db/gateway/certificates/x%20y'))?.body.params).toEqual({
      accountId: 'a-b',
      id: 'x y',
    });
    expect((await answer('/client/v4/accounts/abc/gateway/certificates?page=2'))?.body.name).toBe(
      '/gateway/certificates',
    );
  });

  it('gives anything else under /client/v4/ the unknown answer: another method, another path, a bad escape', async () => {
    expect(await answer('/client/v4/accounts/abc/gateway/certificates', 'PUT')).toEqual({
      status: 404,
      body: { unknown: 'PUT /client/v4/accounts/abc/gateway/certificates' },
    });
    expect((await answer('/client/v4/accounts/abc/gateway/certificates/c-1/rotate', 'POST'))?.status).toBe(
      404,
    );
    expect((await answer('/client/v4/user/tokens/verify'))?.status).toBe(404);
    expect((await answer('/client/v4/accounts/abc/gateway/certificates/%E0%A4%A'))?.status).toBe(404);
  });

  it('leaves every other request alone (the app’s own files go to the network)', async () => {
    expect(await answer('/assets/index.js')).toBeUndefined();
    expect(await answer('/accounts/abc/certificates')).toBeUndefined();
  });

  it('refuses a route that names a parameter it does not know', () => {
    expect(() => apiHandler([echo('/gateway/:name')], () => new Response())).toThrow(/only :id/);
  });
});
