/**
 * One typed client for the mock's controls (`__mock/scenario`, `__mock/behaviour`, `__mock/faults`),
 * shared by every suite. Each suite brings its own way to send: Playwright from inside the page
 * (only the page's requests reach its service worker), Vitest through MSW's node server, the live
 * e2e project to `npm run mock-api` with the token. The shapes come from the mock itself.
 */
import type { Fault } from '../mocks/faults';
import type { AccountBehaviour } from '../mocks/store/types';

export type { Fault };
export type Behaviour = Partial<AccountBehaviour>;

/** What every control answers: the v4 envelope. */
export type ControlAnswer = { success: boolean; errors: unknown[]; result?: unknown };

/** Sends one request under `/client/v4`; each suite returns what its checks need (the envelope, a reply). */
export type ControlTransport<Answer = ControlAnswer> = (
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<Answer>;

export const controlPath = (accountId: string, control: 'scenario' | 'behaviour' | 'faults') =>
  `/accounts/${accountId}/__mock/${control}`;

export function mockControls<Answer>(send: ControlTransport<Answer>, accountId: string) {
  return {
    /** Replaces the account's data with a named demo scenario. */
    scenario: (name: string) => send('POST', controlPath(accountId, 'scenario'), { name }),
    /** How the mock answers this account: pendingMs, latencyMs, flaky. */
    behaviour: (behaviour: Behaviour) => send('PATCH', controlPath(accountId, 'behaviour'), behaviour),
    /** The next matching call(s) fail or wait as the fault says. */
    fault: (fault: Fault) => send('POST', controlPath(accountId, 'faults'), fault),
    clearFaults: () => send('DELETE', controlPath(accountId, 'faults')),
  };
}

export type MockControls<Answer = ControlAnswer> = ReturnType<typeof mockControls<Answer>>;
