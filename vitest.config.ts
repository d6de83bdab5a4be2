import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const routerBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  // One copy of the router in the tests. The app takes RouterProvider from react-router/dom (which
  // gives navigations ReactDOM's flushSync); left to itself, Vitest loads that entry and the main one
  // by different paths, two copies whose contexts do not see each other.
  resolve: {
    alias: [
      { find: /^react-router$/, replacement: routerBuild('index.mjs') },
      { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
    ],
  },
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
