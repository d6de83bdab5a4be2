import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'server/**/*.test.ts',
      'edge/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    // Load tests carry time and memory budgets that depend on the machine: `npm run test:load` runs them.
    exclude: process.env.LOAD_TESTS
      ? configDefaults.exclude
      : [...configDefaults.exclude, '**/*.load.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
