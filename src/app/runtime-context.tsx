import { createContext, useContext } from 'react';
import { type AppConfig, DEMO_ACCOUNT_ID } from './app-config';

export type Runtime = {
  config: AppConfig;
  /**
   * Mock mode: the simulated API's start, which settles after the first paint. Its value is a message
   * to show once, such as demo data that had to be reset.
   */
  startup: Promise<string | null> | null;
};

export const RuntimeContext = createContext<Runtime>({
  config: { mode: 'mock', defaultAccountId: DEMO_ACCOUNT_ID },
  startup: null,
});

export const useRuntime = () => useContext(RuntimeContext);
