import { readdirSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/**
 * The build inputs, derived rather than kept by hand: the index, `define` (everything), and one
 * `define/<tag>` per file in src/define/ — adding a define module is all a new panel needs here.
 */
function libraryEntries(): Record<string, string> {
  const tags = readdirSync(new URL('./src/define/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
  return {
    index: 'src/index.ts',
    define: 'src/define.ts',
    ...Object.fromEntries(tags.map((tag) => [`define/${tag}`, `src/define/${tag}.ts`])),
  };
}

/**
 * Library build: ESM only, one output file per entry so a host can import classes without
 * defining tags (`index`) and register only what it uses (`define/<tag>`).
 * lit and @lit/* stay external so hosts dedupe them.
 */
export default defineConfig({
  // Whitespace and comments out of our html`` templates (and fully static css``) at build time.
  // failOnError: a template it cannot parse fails the build instead of shipping unminified.
  // The upstream minifier skips css with ${} (nearly all of ours, token interpolations): ours
  // squeezes those first.
  plugins: [minifyCssLiterals({ include: /\/src\/.*\.ts$/ }), literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true })],
  build: {
    target: 'es2022',
    lib: {
      entry: libraryEntries(),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//],
      // One output file per source module, mirroring src/ (and the .d.ts files beside them), so
      // hosts' bundlers tree-shake per module and stack traces name our real files.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    copyPublicDir: false, // otherwise public/mockServiceWorker.js lands in dist/
    minify: false, // hosts minify; keep our output readable
  },
});
