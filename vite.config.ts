import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { earlyMockWorker } from './scripts/vite-early-mock-worker.ts';
import { inlinedFavicon } from './scripts/vite-inline-favicon.ts';
import { mswWithoutCookieJar } from './scripts/vite-msw-without-cookie-jar.ts';
import { prebuiltScenarios } from './scripts/vite-prebuilt-scenarios.ts';
import { precompress } from './server/vite-compress-plugin.ts';
import { liveMode } from './server/vite-live-plugin.ts';

export default defineConfig({
  // With CLOUDFLARE_API_TOKEN set, `npm start` is live: see server/vite-live-plugin.ts.
  // The demo's page starts its mock's service worker early (scripts/vite-early-mock-worker.ts); its dev
  // and preview servers prebuild the large scenario as `npm run serve` does; then the build writes brotli
  // and gzip copies of every asset for `npm run serve` to send. The page's MSW is built without its
  // cookie jar, which the simulated API never uses (scripts/vite-msw-without-cookie-jar.ts). The icon
  // is drawn in the page, so changes of address fetch nothing (scripts/vite-inline-favicon.ts).
  plugins: [
    react(),
    inlinedFavicon(),
    mswWithoutCookieJar(),
    liveMode(),
    earlyMockWorker(),
    prebuiltScenarios(),
    precompress(),
  ],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  build: {
    target: 'es2022',
    // Maps stay on disk for local debugging; no script names them and the server refuses `*.map`.
    sourcemap: 'hidden',
    // The mock demo's chunk (MSW and X.509 minting) is large by nature and loads only in mock mode.
    chunkSizeWarningLimit: 800,
  },
});
