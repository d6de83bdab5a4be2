import { createContext, useContext } from 'react';
import { type AppConfig, DEMO_ACCOUNT_ID } from './app-config';

export type Runtime = {
  config: AppConfig;
  /** A message from start-up to show once, such as demo data that had to be reset. */
  notice: string | null;
};

export const RuntimeContext = createContext<Runtime>({
  config: { mode: 'mock', defaultAccountId: DEMO_ACCOUNT_ID },
  notice: null,
});

export const useRuntime = () => useContext(RuntimeContext);
