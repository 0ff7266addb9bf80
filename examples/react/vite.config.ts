import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Its own optimizer cache: the default is the repository's node_modules/.vite, shared with the
  // demo and the other example, and two dev servers rewriting it answer each other "504 Outdated".
  cacheDir: '../../node_modules/.vite/examples-react',
  // The mocks register /mockServiceWorker.js: the library's copy in public/ is served and built.
  publicDir: '../../public',
  // The mocks (msw and the seeded tenants) are most of the bundle; a production host leaves them out.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
