// The repository's lint rules for the sections `settings-elements new-section` starts, typed by the
// probe's own tsconfig (a host's project, not the library's): CI runs `eslint -c` with this file.
import repository from '../../../eslint.config.js';

const probes = 'temp/new-section-probe';

export default [
  ...repository,
  // The repository ignores temp/ (scripts' working files); the probes there are what this config lints.
  { ignores: ['!temp/', '!temp/new-section-probe/'] },
  {
    files: [`${probes}/**/*.ts`],
    languageOptions: {
      parserOptions: { project: ['./scripts/generate/new-section/tsconfig.probe.json'], tsconfigRootDir: `${import.meta.dirname}/../../..` },
    },
  },
  {
    // A host's section may import settings-elements' public entry points, lit, msw and its own files;
    // anything else (the library's sources, a test helper) would not exist in a host's project.
    files: [`${probes}/*/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!(settings-elements(/(client|kit|mocks))?|lit(/.+)?|msw|\\./[^/]+\\.js)$)', message: 'A host section imports only settings-elements (and its /client, /kit and /mocks), lit, msw and its own files.' }] },
      ],
    },
  },
  {
    // The check's own test, beside the probes: as for the repository's tests, chai's typings make
    // every assertion thenable, and mocha's globals are there.
    files: [`${probes}/*.test.ts`],
    languageOptions: { globals: { describe: 'readonly', it: 'readonly' } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
];
