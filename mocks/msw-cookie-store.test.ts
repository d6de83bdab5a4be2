// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cookieStore } from './msw-cookie-store';

describe("the stand-in for MSW's cookie jar", () => {
  it('gives no stored cookies to a request', () => {
    expect(cookieStore.getCookies('http://127.0.0.1/client/v4/accounts/a/gateway/certificates')).toEqual([]);
  });

  it('refuses a mocked answer that sets a cookie, naming the address and the cookie', async () => {
    await expect(
      cookieStore.setCookie('session=abc; Path=/', 'http://127.0.0.1/client/v4/x'),
    ).rejects.toThrow(/answered http:\/\/127\.0\.0\.1\/client\/v4\/x with Set-Cookie \(session\)/);
  });
});
