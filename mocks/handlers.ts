import { delay } from 'msw';
import { apiHandler, type Route, type RouteArgs, route } from './api-routes';
import { errorResponse, failure, readJson, success } from './envelope';
import { FaultInjector, readFault } from './faults';
import { badRequest } from './store/mock-api-error';
import type { MockStore } from './store/mock-store';

/** An operation's result, in the envelope; or an answer ready to send (a prebuilt scenario's first list). */
type Outcome = { result: unknown; status?: number } | { answer: Response };
type Operation = (accountId: string, id: string, request: Request) => Promise<Outcome>;

/**
 * The simulated Cloudflare API over one store, as MSW handlers. The same handlers serve the browser
 * worker, Vitest (msw/node) and the local mock-api server. Any other path under /client/v4 answers like
 * Cloudflare does for a route it does not know.
 */
export function createHandlers(store: MockStore) {
  return [
    apiHandler(routes(store), () => failure(404, 7003, 'No route for that URI. Check the method and path.')),
  ];
}

/** The API's routes, under `/client/v4/accounts/:accountId`. */
function routes(store: MockStore): Route[] {
  // The `flaky` scenario fails the first attempt of each mutation; this remembers which were tried.
  const attempted = new Set<string>();
  const faults = new FaultInjector();

  const respond =
    (operation: Operation, { mutation }: { mutation: boolean }) =>
    async ({ request, params }: RouteArgs) => {
      // Account ids are hex: either case names the same account.
      const accountId = params.accountId.toLowerCase();
      const { id = '' } = params;
      try {
        const behaviour = store.behaviour(accountId);
        if (behaviour.latencyMs > 0) await delay(behaviour.latencyMs);
        const injected = await faults.apply(accountId, request);
        if (injected) return injected;
        if (mutation && behaviour.flaky) {
          const key = `${accountId} ${request.method} ${new URL(request.url).pathname}`;
          if (!attempted.has(key)) {
            attempted.add(key);
            return failure(
              500,
              1500,
              'Internal error (the flaky scenario fails every first attempt). Try again.',
            );
          }
          attempted.delete(key);
        }
        const outcome = await operation(accountId, id, request);
        return 'answer' in outcome ? outcome.answer : success(outcome.result, outcome.status);
      } catch (error) {
        return errorResponse(error);
      }
    };

  const read = (operation: Operation) => respond(operation, { mutation: false });
  const write = (operation: Operation) => respond(operation, { mutation: true });

  return [
    route(
      'GET',
      '/gateway/certificates',
      read(async (account) => {
        const answer = store.takeFirstList(account);
        return answer ? { answer } : { result: await store.listCertificates(account) };
      }),
    ),
    route(
      'GET',
      '/gateway/certificates/:id',
      read(async (account, id) => ({ result: await store.getCertificate(account, id) })),
    ),
    route(
      'POST',
      '/gateway/certificates',
      write(async (account, _, request) => ({
        result: await store.generateCertificate(account, await readJson(request)),
      })),
    ),
    route(
      'POST',
      '/gateway/certificates/:id/activate',
      write(async (account, id, request) => {
        await readJson(request);
        return { result: await store.activateCertificate(account, id), status: 202 };
      }),
    ),
    route(
      'POST',
      '/gateway/certificates/:id/deactivate',
      write(async (account, id, request) => {
        await readJson(request);
        return { result: await store.deactivateCertificate(account, id), status: 201 };
      }),
    ),
    route(
      'DELETE',
      '/gateway/certificates/:id',
      write(async (account, id) => ({ result: await store.deleteCertificate(account, id) })),
    ),
    route(
      'GET',
      '/gateway/configuration',
      read(async (account) => ({ result: await store.getConfiguration(account) })),
    ),
    route(
      'PUT',
      '/gateway/configuration',
      write(async (account, _, request) => ({
        result: await store.updateConfiguration(account, await readJson(request), 'replace'),
      })),
    ),
    route(
      'PATCH',
      '/gateway/configuration',
      write(async (account, _, request) => ({
        result: await store.updateConfiguration(account, await readJson(request), 'merge'),
      })),
    ),
    route(
      'POST',
      '/mtls_certificates',
      write(async (account, _, request) => ({
        result: await store.uploadCustomCertificate(account, await readJson(request)),
      })),
    ),
    route(
      'DELETE',
      '/mtls_certificates/:id',
      write(async (account, id) => ({ result: await store.deleteCustomCertificate(account, id) })),
    ),
    ...controlRoutes(store, faults),
  ];
}

/** Demo and test controls, only in the mock: the live server never forwards these paths. */
function controlRoutes(store: MockStore, faults: FaultInjector): Route[] {
  return [
    route('POST', '/__mock/faults', async ({ request, params }) => {
      try {
        const fault = readFault(await readJson(request));
        if (typeof fault === 'string') throw badRequest(fault);
        faults.add(params.accountId.toLowerCase(), fault);
        return success(fault);
      } catch (error) {
        return errorResponse(error);
      }
    }),
    route('DELETE', '/__mock/faults', ({ params }) => {
      faults.clear(params.accountId.toLowerCase());
      return success(null);
    }),
    route('POST', '/__mock/scenario', async ({ request, params }) => {
      try {
        const body = await readJson(request);
        const name = typeof body === 'object' && body !== null && 'name' in body ? body.name : undefined;
        if (typeof name !== 'string') throw badRequest('Send {"name": SCENARIO}.');
        await store.applyScenario(params.accountId.toLowerCase(), name);
        return success({ scenario: name });
      } catch (error) {
        return errorResponse(error);
      }
    }),
    route('GET', '/__mock/behaviour', ({ params }) =>
      success(behaviourView(store, params.accountId.toLowerCase())),
    ),
    ...clockRoutes(store),
    route('PATCH', '/__mock/behaviour', async ({ request, params }) => {
      try {
        const body = await readJson(request);
        if (typeof body !== 'object' || body === null)
          throw badRequest('Send {"latencyMs"?: number, "flaky"?: boolean, "pendingMs"?: number}.');
        const { latencyMs, flaky, pendingMs } = body as Record<string, unknown>;
        if (latencyMs !== undefined && (typeof latencyMs !== 'number' || latencyMs < 0)) {
          throw badRequest('"latencyMs" must be a number of milliseconds.');
        }
        if (pendingMs !== undefined && (typeof pendingMs !== 'number' || pendingMs < 0)) {
          throw badRequest('"pendingMs" must be a number of milliseconds.');
        }
        if (flaky !== undefined && typeof flaky !== 'boolean')
          throw badRequest('"flaky" must be true or false.');
        store.setBehaviour(params.accountId.toLowerCase(), {
          ...(latencyMs === undefined ? {} : { latencyMs }),
          ...(flaky === undefined ? {} : { flaky }),
          ...(pendingMs === undefined ? {} : { pendingMs }),
        });
        return success(behaviourView(store, params.accountId.toLowerCase()));
      } catch (error) {
        return errorResponse(error);
      }
    }),
  ];
}

/** The behaviour as it acts: `pendingMs` is the store's default when the account sets none. */
const behaviourView = (store: MockStore, accountId: string) => ({
  ...store.behaviour(accountId),
  pendingMs: store.pendingDuration(accountId),
});

/**
 * The account's clock: GET says its time; POST `{"advanceMs": N}` moves it ahead, `{"realTime": true}`
 * brings it back. The answer is `{now, offsetMs}`: the account's time, and how far ahead of real time it runs.
 */
function clockRoutes(store: MockStore): Route[] {
  const view = (accountId: string) => ({
    now: new Date(store.clock(accountId)).toISOString(),
    offsetMs: store.clockOffset(accountId),
  });
  return [
    route('GET', '/__mock/clock', ({ params }) => success(view(params.accountId.toLowerCase()))),
    route('POST', '/__mock/clock', async ({ request, params }) => {
      const accountId = params.accountId.toLowerCase();
      try {
        const body = await readJson(request);
        const { advanceMs, realTime } = (typeof body === 'object' && body !== null ? body : {}) as Record<
          string,
          unknown
        >;
        if (realTime === true) {
          await store.setClockOffset(accountId, 0);
        } else if (typeof advanceMs === 'number' && Number.isFinite(advanceMs) && advanceMs > 0) {
          await store.setClockOffset(accountId, store.clockOffset(accountId) + advanceMs);
        } else {
          throw badRequest('Send {"advanceMs": a positive number of milliseconds} or {"realTime": true}.');
        }
        return success(view(accountId));
      } catch (error) {
        return errorResponse(error);
      }
    }),
  ];
}
