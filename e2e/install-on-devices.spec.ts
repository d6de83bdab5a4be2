import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parse as parsePlist } from 'plist';
import { certificateRows, detail, drawer, expect, test } from './fixtures';

const PLATFORMS = [
  'Windows',
  'macOS',
  'iOS and iPadOS',
  'Android',
  'ChromeOS',
  'Linux',
  'Firefox',
  'Command-line tools',
];

/** Clicks a download button and reads the file it saved. */
async function download(page: Page, button: string, path: (name: string) => string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const saved = path(file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: await readFile(saved, 'utf8') };
}

const colonSha256 = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').toUpperCase().match(/.{2}/g)?.join(':');

test('Install on devices: the One Client note, then the steps for each platform behind one button, each naming its file', async ({
  openCertificates,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await certificateRows(page).filter({ hasText: 'Available and In-Use' }).getByRole('link').click();
  const sheet = drawer(page);
  const section = sheet.getByRole('region', { name: 'Install on devices' });
  await expect(section).toContainText('Cloudflare One Client install an Available certificate by themselves');
  await expect(section.getByRole('link', { name: 'how the One Client installs it' })).toHaveAttribute(
    'href',
    /^https:\/\/developers\.cloudflare\.com\/cloudflare-one\/connections\/connect-devices\/user-side-certificates\//,
  );

  // Folded by default, so the drawer stays short.
  const toggle = section.getByRole('button', { name: 'Steps for each platform' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(section.getByRole('region', { name: 'Windows' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const shortId = (await detail(sheet, 'Certificate ID').getByRole('code').textContent())?.split('-')[0];
  for (const platform of PLATFORMS) {
    const guide = section.getByRole('region', { name: platform, exact: true });
    await expect(guide.getByRole('heading', { name: platform })).toBeVisible();
    await expect(guide).toContainText(new RegExp(`File: gateway-ca-${shortId}\\.(crt|pem|mobileconfig)`));
    await expect(
      guide.getByRole('link', { name: `Cloudflare's documentation for ${platform}` }),
    ).toHaveAttribute(
      'href',
      /^https:\/\/developers\.cloudflare\.com\/cloudflare-one\/connections\/connect-devices\/user-side-certificates\/manual-deployment\/#/,
    );
  }
  await expect(section.getByRole('region', { name: 'Windows' })).toContainText(`.crt`);
  await expect(section.getByRole('region', { name: 'Linux' })).toContainText(`gateway-ca-${shortId}.pem`);
  const cli = section.getByRole('region', { name: 'Command-line tools' });
  for (const variable of [
    'CURL_CA_BUNDLE',
    'SSL_CERT_FILE',
    'GIT_SSL_CAINFO',
    'REQUESTS_CA_BUNDLE',
    'NODE_EXTRA_CA_CERTS',
  ]) {
    await expect(cli).toContainText(variable);
  }
  expect(await axe({ include: '[role="dialog"]' }), 'the drawer with the install steps open').toEqual([]);

  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('Download .mobileconfig carries the certificate’s DER; Add expiry reminder makes two calendar events', async ({
  openCertificates,
  page,
}, testInfo) => {
  await openCertificates({ scenario: 'default' });
  await certificateRows(page).filter({ hasText: 'Available and In-Use' }).getByRole('link').click();
  const sheet = drawer(page);
  const fingerprint = (await detail(sheet, 'SHA-256 fingerprint').getByRole('code').textContent()) ?? '';
  const id = (await detail(sheet, 'Certificate ID').getByRole('code').textContent()) ?? '';
  const shortId = id.split('-')[0];

  const profile = await download(page, 'Download .mobileconfig', (name) => testInfo.outputPath(name));
  expect(profile.name).toBe(`gateway-ca-${shortId}.mobileconfig`);
  const parsed = parsePlist(profile.text) as {
    PayloadType: string;
    PayloadUUID: string;
    PayloadContent: Array<{ PayloadType: string; PayloadUUID: string; PayloadContent: Uint8Array }>;
  };
  expect(parsed.PayloadType).toBe('Configuration');
  const root = parsed.PayloadContent[0];
  expect(root?.PayloadType).toBe('com.apple.security.root');
  expect(colonSha256(root?.PayloadContent ?? new Uint8Array())).toBe(fingerprint);
  // The same certificate gives the same profile UUIDs every time.
  const again = parsePlist(
    (await download(page, 'Download .mobileconfig', (name) => testInfo.outputPath(`again-${name}`))).text,
  ) as typeof parsed;
  expect(again.PayloadUUID).toBe(parsed.PayloadUUID);
  expect(again.PayloadContent[0]?.PayloadUUID).toBe(root?.PayloadUUID);

  const reminder = await download(page, 'Add expiry reminder', (name) => testInfo.outputPath(name));
  expect(reminder.name).toBe(`gateway-ca-${shortId}-expiry.ics`);
  const events = new ICAL.Component(ICAL.parse(reminder.text))
    .getAllSubcomponents('vevent')
    .map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary)).toEqual([
    `Certificate ${shortId} expires in 30 days`,
    `Certificate ${shortId} expires today`,
  ]);
  expect(events.map((event) => event.uid)).toEqual([
    `${id}-expires-in-30-days@zt-certificates-console`,
    `${id}-expires@zt-certificates-console`,
  ]);
  const [before, onTheDay] = events.map((event) => event.startDate.toJSDate().getTime());
  expect(((onTheDay ?? 0) - (before ?? 0)) / 86_400_000).toBe(30);
  expect(events[1]?.description).toContain(fingerprint);
});

test('an expired certificate offers no reminder, and says why', async ({ openCertificates, page }) => {
  await openCertificates({ scenario: 'default' });
  await certificateRows(page).filter({ hasText: 'Expired' }).getByRole('link').click();
  const button = drawer(page).getByRole('button', { name: 'Add expiry reminder' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription('It has already expired.');
});
