/** The feature's routes, owned here so that the app shell mounts them and the feature needs nothing from it. */
/** The list's route; the drawer's is one segment below it. */
export const CERTIFICATES_ROUTE = '/accounts/:accountId/certificates';
export const certificatesPath = (accountId: string) => `/accounts/${accountId}/certificates`;
export const certificatePath = (accountId: string, id: string) => `${certificatesPath(accountId)}/${id}`;
