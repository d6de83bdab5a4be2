import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type ApiCall, expect } from './fixtures';

/** What the mock's `__mock/faults` control accepts (mocks/faults.ts). */
export type Fault = {
  kind: 'status' | 'network' | 'delay';
  status?: number;
  delayMs?: number;
  method?: string;
  path?: string;
  times?: number;
};

/** A call from inside the page: only the page's requests reach the mock, which lives in the page. */
async function control(page: Page, accountId: string, method: 'POST' | 'DELETE', body?: unknown) {
  const answer = await page.evaluate(
    ([account, verb, payload]) =>
      fetch(`/client/v4/accounts/${account}/__mock/faults`, {
        method: verb,
        headers: { 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      }).then((response) => response.json() as Promise<{ success: boolean }>),
    [accountId, method, body] as const,
  );
  expect(answer.success, 'the mock accepted the fault control').toBe(true);
}

/** The next matching call(s) of this account fail (or wait) as the fault says. A reload forgets it. */
export const injectFault = (page: Page, accountId: string, fault: Fault) =>
  control(page, accountId, 'POST', fault);

export const clearFaults = (page: Page, accountId: string) => control(page, accountId, 'DELETE');

export type Snapshot = Array<{
  id: string;
  status: string;
  inUse: boolean;
  updated: string;
  expires: string;
}>;

/** The account's certificates as the mock holds them, read the way the page reads them. */
export async function snapshot(page: Page, accountId: string): Promise<Snapshot> {
  return page.evaluate(async (account) => {
    const response = await fetch(`/client/v4/accounts/${account}/gateway/certificates`);
    const body = (await response.json()) as {
      result: Array<{
        id: string;
        binding_status: string;
        in_use: boolean;
        updated_at: string;
        expires_on: string;
      }>;
    };
    return body.result
      .map((c) => ({
        id: c.id,
        status: c.binding_status,
        inUse: c.in_use,
        updated: c.updated_at,
        expires: c.expires_on,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }, accountId);
}

/**
 * What the table shows: each row's certificate and status, in order. Read from the markup, so it works
 * behind an open drawer too (which hides the rest of the page from the accessibility tree).
 */
export async function shownRows(page: Page): Promise<string[]> {
  const rows = page.locator('table tbody tr');
  await expect(rows.first()).toBeAttached();
  return rows.evaluateAll((elements) =>
    elements.map((row) => {
      const cells = Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? '');
      return `${cells[0]} | ${cells[2]}`;
    }),
  );
}

/** The calls that change something (every method but GET), to count what was really sent. */
export const changes = (calls: ApiCall[], path: RegExp) =>
  calls.filter((call) => call.method !== 'GET' && path.test(call.path) && !call.path.includes('/__mock/'));

export type TestCa = { cert: string; key: string };

/** A throwaway P-256 root CA and its PKCS#8 key, made by openssl as an administrator would. */
export function makeCa(name = 'Reliability Test Root'): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'zt-ca-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '365',
        '-subj',
        `/O=${name}/CN=${name}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return {
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
