// ESLint flat config: type-aware typescript-eslint, eslint-plugin-lit, eslint-plugin-wc.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Unused bindings are errors unless they are deliberately named `_…`. */
const unusedVarsOptions = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-mocks/',
    'dist-demo/',
    'storybook-static/',
    'coverage/',
    'temp/', // scripts' working files (api-report, the new-section probes, which CI lints with their own config)
    'public/mockServiceWorker.js',
    'custom-elements.json',
    'src/generated/openapi.d.ts', // generated from openapi.json (npm run contract:types)
    'examples/*/dist/',
    'examples/html/mockServiceWorker.js',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        // both projects, so *.config.ts (tsconfig.node.json) is found too (F18)
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    // let eslint-plugin-wc recognise Lit elements as custom elements (F20)
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      'no-unused-vars': ['error', unusedVarsOptions],
      '@typescript-eslint/no-unused-vars': ['error', unusedVarsOptions],
    },
  },
  {
    // core no-unused-vars does not understand TS types; typescript-eslint's version covers TS files
    files: ['**/*.{ts,mts,cts,tsx}'],
    rules: { 'no-unused-vars': 'off' },
  },
  {
    // What ships: lit's decorators and their helper would be in every host's first load (about
    // 0.5 KB gzip); a reactive property is declared in the class's `static properties` instead.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/decorators.js', message: "Declare reactive properties in `static properties` (see docs/performance.md)." }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // @open-wc/testing's chai typings make every Assertion thenable -> false positives (F19)
      '@typescript-eslint/no-floating-promises': 'off',
      // chai property assertions (`expect(x).to.be.true`) are expressions by design
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // plain JS config files and node scripts: not in any tsconfig, so no type information
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The host examples are apps of their own, type-checked by their own tsconfig against the
    // built package (`npm run typecheck:examples`, after the build), so they are linted without
    // type information; their .vue files are checked by vue-tsc only.
    files: ['examples/**/*.{ts,tsx,js}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Augments svelte/elements, which this repository does not install, so every Svelte type in it
    // is an error type here; examples/svelte-types checks it against a stand-in instead.
    files: ['src/generated/types/svelte.d.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
