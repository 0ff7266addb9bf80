import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Its own optimizer cache: the default is the repository's node_modules/.vite, shared with the
  // demo and the other example, and two dev servers rewriting it answer each other "504 Outdated".
  cacheDir: '../../node_modules/.vite/examples-react',
  // MSW's worker (/mockServiceWorker.js, the library's copy in public/) is served and built only while
  // the mocks run: when `import.meta.env.DEV` is true, which is NODE_ENV not being "production"
  // (`vite`, or `NODE_ENV=development vite build`). A production build ships no worker.
  publicDir: process.env.NODE_ENV === 'production' ? false : '../../public',
  // With the mocks (a development build), msw and the seeded tenants are most of the bundle.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
