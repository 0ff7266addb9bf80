import { defineConfig } from 'vite';

/**
 * Library build: ESM only, one output file per entry so a host can import classes without
 * defining tags (`index`) and register only what it uses (`define/<tag>`).
 * lit, @lit/* and @floating-ui/* stay external so hosts dedupe them.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'define/settings-provider': 'src/define/settings-provider.ts',
        'define/settings-app': 'src/define/settings-app.ts',
        'define/settings-company-switcher': 'src/define/settings-company-switcher.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//],
      output: { preserveModules: false },
    },
    sourcemap: true,
    copyPublicDir: false, // otherwise public/mockServiceWorker.js lands in dist/
    minify: false, // hosts minify; keep our output readable
  },
});
