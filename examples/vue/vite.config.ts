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
  // The mocks register /mockServiceWorker.js: the library's copy in public/ is served and built.
  publicDir: '../../public',
  // The mocks (msw and the seeded tenants) are most of the bundle; a production host leaves them out.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
