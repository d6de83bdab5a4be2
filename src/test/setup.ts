import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { shareWebCryptoAcrossRealms } from './webcrypto-realm';

// The mock mints real certificates, which takes longer than Testing Library's 1 s default on a busy machine.
configure({ asyncUtilTimeout: 5000 });

if (typeof window !== 'undefined') shareWebCryptoAcrossRealms();

afterEach(() => {
  cleanup();
});
