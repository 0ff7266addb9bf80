import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // The library's tags and the host's own section element are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('settings-') || tag.startsWith('acme-') } } }),
  ],
  // Its own optimizer cache: the default is the repository's node_modules/.vite, shared with the
  // demo and the other example, and two dev servers rewriting it answer each other "504 Outdated".
  cacheDir: '../../node_modules/.vite/examples-vue',
  // MSW's worker (/mockServiceWorker.js, the library's copy in public/) is served and built only while
  // the mocks run: when `import.meta.env.DEV` is true, which is NODE_ENV not being "production"
  // (`vite`, or `NODE_ENV=development vite build`). A production build ships no worker.
  publicDir: process.env.NODE_ENV === 'production' ? false : '../../public',
  // With the mocks (a development build), msw and the seeded tenants are most of the bundle.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
