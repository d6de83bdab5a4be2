export const certificatesPath = (accountId: string) => `/accounts/${accountId}/certificates`;
export const certificatePath = (accountId: string, id: string) => `${certificatesPath(accountId)}/${id}`;
