import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/build/minify-css-literals.js';

/**
 * A production build of the demo (`index.html` → `dist-demo/`), as a host would ship it: minified,
 * our templates squeezed like the library's, MSW's worker copied from public/. The strict-CSP check
 * and the benchmark open this build, not the dev server (which injects styles inline).
 */
export default defineConfig({
  plugins: [minifyCssLiterals({ include: /\/src\/.*\.ts$/ }), literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true })],
  build: { target: 'es2022', outDir: 'dist-demo', emptyOutDir: true },
});
