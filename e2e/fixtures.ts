import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** A fresh 32-hex account id, so every test has its own mock data. */
  accountId: string;
  /** Opens the Certificates page of `accountId`, optionally with a demo scenario. */
  openCertificates: (options?: { scenario?: string }) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  accountId: async ({}, use) => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
    await use(bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
  },
  openCertificates: async ({ page, accountId }, use) => {
    await use(async ({ scenario } = {}) => {
      const query = scenario ? `?scenario=${scenario}` : '';
      await page.goto(`/accounts/${accountId}/certificates${query}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
      return page;
    });
  },
});

export { expect };
