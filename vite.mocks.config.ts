import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * The `settings-elements/mocks` entry, built apart from the library so msw never reaches `dist/`.
 * Imports of the library's own source resolve to the package itself: hosts then share one copy of
 * `SettingsApiError` (so `instanceof` holds) and one set of element classes.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist-mocks',
    lib: { entry: { index: 'mocks/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^msw($|\/)/, /^lit($|\/)/, /^@lit\//, 'settings-elements'],
    },
    // Not minified, so readable as shipped: a source map would only double the files hosts download.
    sourcemap: false,
    copyPublicDir: false,
    minify: false,
  },
  plugins: [
    {
      name: 'library-source-as-package',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (!importer || !source.startsWith('.')) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && resolved.id.startsWith(srcDir) ? { id: 'settings-elements', external: true } : null;
      },
    },
  ],
});
