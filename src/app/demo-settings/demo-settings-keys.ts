/** Query keys of the demo's controls: beside the account's data, so resetting one leaves the other. */
export const demoSettingsKeys = {
  all: (accountId: string) => ['demo-settings', accountId] as const,
  clock: (accountId: string) => ['demo-settings', accountId, 'clock'] as const,
  speed: (accountId: string) => ['demo-settings', accountId, 'speed'] as const,
};
