import { http } from 'msw';

/** The path parameters a route may name. */
export type Params = { accountId: string; id: string };
export type RouteArgs = { request: Request; params: Params };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One operation of the simulated API: a method, a path under `/client/v4/accounts/:accountId`, an answer. */
export type Route = {
  method: Method;
  path: string;
  answer: (args: RouteArgs) => Response | Promise<Response>;
};

export const route = (method: Method, path: string, answer: Route['answer']): Route => ({
  method,
  path,
  answer,
});

/** Any origin, anything before `/client/v4/` (as MSW's `*` was): the page calls it on its own origin. */
const ACCOUNT_PREFIX = '^.*/client/v4/accounts/([^/]+)';
const API_PATH = /\/client\/v4\//i;

/**
 * Compiles a route's path once, matching as MSW's paths did (path-to-regexp 6's defaults): any case, an
 * optional trailing slash, `:name` a whole segment.
 */
function compile(path: string): { pattern: RegExp; names: (keyof Params)[] } {
  const names: (keyof Params)[] = ['accountId'];
  const body = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
    if (name !== 'id') throw new Error(`Route ${path}: only :id may be named after :accountId.`);
    names.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`${ACCOUNT_PREFIX}${body}/?$`, 'i'), names };
}

function paramsOf(names: (keyof Params)[], match: RegExpExecArray): Params | null {
  const params: Params = { accountId: '', id: '' };
  try {
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? '');
    });
  } catch {
    return null; // a malformed %-escape names no account or certificate
  }
  return params;
}

/**
 * The whole simulated API as one MSW handler that routes by itself. MSW tries its handlers one by
 * one, and each try reads the URL and the page's cookies and compiles the handler's path anew: with a
 * handler per route (20), every request the page made, the app's own scripts included, paid for 20
 * tries, 60–70 ms of a demo's first visit on a slow machine. Here a request is tried once, and the
 * routes' paths are compiled once. Anything under `/client/v4/` that no route takes gets `unknown`.
 */
export function apiHandler(routes: Route[], unknown: (args: { request: Request }) => Response) {
  const compiled = routes.map((entry) => ({ ...entry, ...compile(entry.path) }));
  return http.all(
    ({ request }) => API_PATH.test(new URL(request.url).pathname),
    ({ request }) => {
      const { pathname } = new URL(request.url);
      for (const { method, pattern, names, answer } of compiled) {
        if (method !== request.method) continue;
        const match = pattern.exec(pathname);
        const params = match ? paramsOf(names, match) : null;
        if (params) return answer({ request, params });
      }
      return unknown({ request });
    },
  );
}
