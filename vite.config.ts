import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/build/minify-css-literals.js';

/**
 * The build inputs, derived rather than kept by hand: the index; `client` and `kit`, the index's
 * exports a host connects with and builds its own sections from, without the elements; `define`
 * (everything); one `define/<tag>` per file in src/define/ — adding a define module is all a new panel needs here —
 * the React wrappers (`settings-elements/react`, written by `npm run sync-bindings`) and the
 * language catalogs (`settings-elements/locales/<lang>`: src/i18n/catalogs/<lang>/register.ts, each
 * shipped only to hosts that import it) with their loader (`settings-elements/locales`).
 */
function libraryEntries(): Record<string, string> {
  const tags = readdirSync(new URL('./src/define/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
  return {
    index: 'src/index.ts',
    client: 'src/client.ts',
    kit: 'src/kit.ts',
    define: 'src/define.ts',
    ...Object.fromEntries(tags.map((tag) => [`define/${tag}`, `src/define/${tag}.ts`])),
    'generated/react/index': 'src/generated/react/index.ts',
    'i18n/load-locale': 'src/i18n/load-locale.ts',
    ...Object.fromEntries(
      readdirSync(new URL('./src/i18n/catalogs/', import.meta.url))
        .filter((lang) => existsSync(new URL(`./src/i18n/catalogs/${lang}/register.ts`, import.meta.url)))
        .map((lang) => [`i18n/catalogs/${lang}/register`, `src/i18n/catalogs/${lang}/register.ts`]),
    ),
  };
}

/**
 * Ships the declaration files of src/generated/types/ (the Svelte types) as they are: tsc emits declarations
 * only for .ts sources, and this one cannot be a .ts source here because it augments `svelte/elements`,
 * which is not installed in this repository.
 */
function handWrittenDeclarations(): Plugin {
  const dir = new URL('./src/generated/types/', import.meta.url);
  let library = false;
  return {
    name: 'settings-declarations-as-they-are',
    apply: 'build',
    // Storybook loads this config for its own build: only the library build ships them.
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    generateBundle() {
      if (!library) return;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
        this.emitFile({ type: 'asset', fileName: `generated/types/${file}`, source: readFileSync(new URL(file, dir), 'utf8') });
      }
    },
  };
}

/**
 * The build target, from package.json's `browserslist` (the README's "Supported browsers"): each
 * `<browser> >= <version>` as esbuild names it, so the output uses no syntax those engines lack and
 * lowers nothing they have. Any other query form fails the build rather than being guessed at.
 */
function browserTargets(): string[] {
  const { browserslist } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { browserslist: string[] };
  const names: Record<string, string> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };
  return browserslist.map((query) => {
    const [, browser = '', version] = /^(\w+) >= ([\d.]+)$/.exec(query) ?? [];
    if (!names[browser]) throw new Error(`package.json browserslist: "${query}" is not "<${Object.keys(names).join('|')}> >= <version>"`);
    return `${names[browser]}${version}`;
  });
}

/**
 * Library build: ESM only, one output file per entry so a host can import classes without
 * defining tags (`index`) and register only what it uses (`define/<tag>`).
 * lit, @lit/* and @floating-ui/* stay external so hosts dedupe them; so do react and @lit/react, which only the
 * React wrappers import (the host's React, never a second copy).
 */
export default defineConfig({
  // Whitespace and comments out of our html`` templates (and fully static css``) at build time.
  // failOnError: a template it cannot parse fails the build instead of shipping unminified.
  // The upstream minifier skips css with ${} (nearly all of ours, token interpolations): ours
  // squeezes those first.
  plugins: [
    minifyCssLiterals({ include: /\/src\/.*\.ts$/ }),
    literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true }),
    handWrittenDeclarations(),
  ],
  // `npm start` (the demo). The dependency scan starts from the demo's page only: by default it crawls
  // every .html file in the repository, examples/ included, whose imports of `settings-elements`
  // resolve only once dist/ is built (the examples are hosts, importing the package by name).
  optimizeDeps: { entries: ['index.html'] },
  build: {
    target: browserTargets(),
    lib: {
      entry: libraryEntries(),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//, /^react($|\/)/],
      // One output file per source module, mirroring src/ (and the .d.ts files beside them), so
      // hosts' bundlers tree-shake per module and stack traces name our real files.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    copyPublicDir: false, // otherwise public/mockServiceWorker.js lands in dist/
    minify: false, // hosts minify; keep our output readable
  },
});
