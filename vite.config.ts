import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadMock } from './scripts/vite-preload-mock.ts';
import { liveMode } from './server/vite-live-plugin.ts';

export default defineConfig({
  // With CLOUDFLARE_API_TOKEN set, `npm start` is live: see server/vite-live-plugin.ts.
  // The demo's mock chunk is preloaded beside the entry: see scripts/vite-preload-mock.ts.
  plugins: [react(), liveMode(), preloadMock()],
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
    sourcemap: true,
    // The mock demo's chunk (MSW and X.509 minting) is large by nature and loads only in mock mode.
    chunkSizeWarningLimit: 800,
  },
});
