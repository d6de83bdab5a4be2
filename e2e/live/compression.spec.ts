import { certificateRows, expect, test } from '../fixtures';
import { LIVE_ACCOUNT_ID, LIVE_URL } from './live-env';
import { upstream } from './upstream';

// What a browser gets from `npm run serve`: the page and every script and stylesheet as brotli.

test('the page, its scripts and its styles arrive compressed with brotli, and no source map is served', async ({
  page,
  request,
}) => {
  await upstream(request).scenario('default');
  const assets: { url: string; encoding: string | undefined; vary: string | undefined }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['document', 'script', 'stylesheet'].includes(type)) return;
    const headers = await response.allHeaders();
    assets.push({ url: response.url(), encoding: headers['content-encoding'], vary: headers.vary });
  });
  await page.goto(`/accounts/${LIVE_ACCOUNT_ID}/certificates`);
  // The stand-in's default scenario: four certificates.
  await expect(certificateRows(page)).toHaveCount(4);

  expect(assets.map((asset) => asset.url)).toContain(`${LIVE_URL}/accounts/${LIVE_ACCOUNT_ID}/certificates`);
  expect(assets.some((asset) => asset.url.endsWith('.js'))).toBe(true);
  for (const asset of assets) {
    expect(asset, asset.url).toMatchObject({ encoding: 'br', vary: 'Accept-Encoding' });
  }

  const script = assets.find((asset) => asset.url.endsWith('.js'))?.url ?? '';
  expect((await request.get(`${script}.map`)).status()).toBe(404);
});
