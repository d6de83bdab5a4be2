/** Where Cloudflare documents getting a Gateway root certificate onto devices. Links only. */
const USER_SIDE_CERTIFICATES =
  'https://developers.cloudflare.com/cloudflare-one/connections/connect-devices/user-side-certificates';

export const ONE_CLIENT_DOCS_URL = `${USER_SIDE_CERTIFICATES}/automated-deployment/`;
export const MANUAL_DOCS_URL = `${USER_SIDE_CERTIFICATES}/manual-deployment/`;
