#!/usr/bin/env node
// Writes src/define.ts from the files in src/define/, so the list of tags that `settings-elements/define`
// registers is derived, never edited by hand (the build's entry points come from the same folder, in
// vite.config.ts). `--check` only compares, for CI: it fails when a define entry was added or removed
// without running this.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = `${root}src/define.ts`;

// The provider first: on a page that has it, it is ready before the elements that consume its context.
const first = ['settings-provider'];
const tags = readdirSync(`${root}src/define`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort((a, b) => (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0) || a.localeCompare(b));

const text = `/**
 * Registers every element of the library. Import this for the whole Settings area; import
 * \`settings-elements/define/<tag>\` instead to register only what you use (each panel's module
 * registers the primitives it renders).
 *
 * Written by \`npm run sync-defines\` from the files in src/define/: do not edit by hand.
 */
${tags.map((tag) => `import './define/${tag}.js';`).join('\n')}
`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/define.ts does not list exactly the files in src/define/: run `npm run sync-defines` and commit it.');
    process.exit(1);
  }
  console.log(`src/define.ts lists the ${tags.length} define entries.`);
} else {
  writeFileSync(target, text);
  console.log(`src/define.ts: ${tags.length} define entries.`);
}
