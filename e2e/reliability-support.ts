import type { Page } from '@playwright/test';
import type { Fault } from '../test-kit/mock-controls';
import { OPENSSL_KEYS, opensslCa } from '../test-kit/openssl';
import { type ApiCall, expect, fetchFromPage, pageControls } from './fixtures';

/** The next matching call(s) of this account fail (or wait) as the fault says. A reload forgets it. */
export const injectFault = (page: Page, accountId: string, fault: Fault) =>
  pageControls(page, accountId).fault(fault);

export const clearFaults = (page: Page, accountId: string) => pageControls(page, accountId).clearFaults();

export type Snapshot = Array<{
  id: string;
  status: string;
  inUse: boolean;
  updated: string;
  expires: string;
}>;

export type ListedCertificate = {
  id: string;
  binding_status: string;
  in_use: boolean;
  updated_at: string;
  expires_on: string;
};

/** The account's certificates as the API lists them, read from inside the page as the page reads them. */
export const listed = async (page: Page, accountId: string): Promise<ListedCertificate[]> =>
  (
    await fetchFromPage<{ result: ListedCertificate[] }>(
      page,
      'GET',
      `/accounts/${accountId}/gateway/certificates`,
    )
  ).result;

/** The account's certificates as the mock holds them, in a stable order, to compare before and after. */
export async function snapshot(page: Page, accountId: string): Promise<Snapshot> {
  return (await listed(page, accountId))
    .map((c) => ({
      id: c.id,
      status: c.binding_status,
      inUse: c.in_use,
      updated: c.updated_at,
      expires: c.expires_on,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
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
export const makeCa = (name = 'Reliability Test Root'): TestCa =>
  opensslCa({ subject: `/O=${name}/CN=${name}`, key: OPENSSL_KEYS.p256 });
