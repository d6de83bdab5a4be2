import { type ApiCall, detail, drawer, expect, test } from './fixtures';
import { makeCa } from './reliability-support';

/**
 * In a real browser (the full table of values runs as component tests in
 * src/features/certificates/components/hostile-input.test.tsx): hostile values are refused beside their
 * field with nothing sent, and markup given as a name is shown as text and never runs.
 */

const changes = (calls: ApiCall[]) =>
  calls.filter((call) => call.method !== 'GET' && !call.path.includes('/__mock/'));

const PWNED = () => (window as unknown as { __pwned?: unknown }).__pwned;

test('hostile Days values are refused beside the field, shown as text, and nothing is sent', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates();
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  const days = dialog.getByLabel('Days');

  for (const [value, message] of [
    ['0', /at least 1 day/],
    ['10951', /At most 10,950 days/],
    ['1e3', /"1e3" is not a whole number/],
    ['١٢٣', /"١٢٣" is not a whole number/],
    ['<img src=x onerror=window.__pwned=1>', /"<img src=x onerror=w…" is not a whole number/],
    ['9'.repeat(10_000), /At most 10,950 days/],
  ] as const) {
    await days.fill(value);
    await dialog.getByRole('button', { name: 'Generate certificate' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(days).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await page.evaluate(PWNED)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(changes(apiCalls)).toEqual([]);
});

test('a certificate named with markup is uploaded and shown as that text, and its markup never runs', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  const ca = makeCa('Markup Test Root');
  await openCertificates();
  await page.getByRole('button', { name: 'Upload certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload certificate' });
  const name = dialog.getByLabel('Certificate name', { exact: true });
  const certificate = dialog.getByLabel('Certificate', { exact: true });
  const privateKey = dialog.getByLabel('Private key', { exact: true });
  const submit = dialog.getByRole('button', { name: 'Upload certificate' });

  // Refused before anything is sent: a 5 MB file, a key where the certificate goes, a chain.
  await dialog.getByLabel('Or choose a certificate file (.pem or .crt)').setInputFiles({
    name: 'huge.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.alloc(5 * 1024 * 1024, 65),
  });
  await expect(dialog.getByRole('alert')).toHaveText(/huge\.pem is larger than 1 MB/);
  const markup = '<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>';
  await name.fill(markup);
  await certificate.fill(ca.key);
  await privateKey.fill(ca.key);
  await submit.click();
  await expect(dialog.getByRole('alert')).toHaveText(/This is a private key/);
  await certificate.fill(ca.cert + makeCa('Second Root').cert);
  await submit.click();
  await expect(dialog.getByRole('alert')).toHaveText(/chain of 2 certificates/);
  expect(changes(apiCalls)).toEqual([]);

  // The real thing, under that name: it is sent as typed and shown as text everywhere.
  await certificate.fill(ca.cert);
  await submit.click();
  const sheet = drawer(page, markup);
  await expect(detail(sheet, 'Name')).toHaveText(markup);
  expect(changes(apiCalls).map((call) => (call.body as { name: string }).name)).toEqual([markup]);
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('link', { name: markup })).toHaveText(markup);

  expect(await page.evaluate(PWNED)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__pwned' })).toHaveCount(0);
});
