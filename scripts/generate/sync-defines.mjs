#!/usr/bin/env node
// Writes, from the files in src/define/, what lists them, so no list is edited by hand (the build's entry
// points come from the same folder, in vite.config.ts):
//   - src/define.ts, every tag `settings-elements/define` registers;
//   - src/components/settings-app/section-loaders.ts, the dynamic import of each built-in section's
//     define module (a section of src/access/sections.ts with a define module of its tag), through
//     which <settings-app> loads a section's code when it is first needed.
// `--check` only compares, for CI: it fails when a define entry or a section was added or removed
// without running this.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const defineTarget = `${root}src/define.ts`;
const loadersTarget = `${root}src/components/settings-app/section-loaders.ts`;

// The provider first: on a page that has it, it is ready before the elements that consume its context.
const first = ['settings-provider'];
const tags = readdirSync(`${root}src/define`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort((a, b) => (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0) || a.localeCompare(b));

const text = `/**
 * Registers every element of the library, all up front, but for the parts a panel opens only on
 * request (the API keys' dialogs and rotation, the admin team's form): the panel registers those
 * when first needed. Import this for the whole Settings area at once; import
 * \`settings-elements/define/settings-provider\` and \`settings-elements/define/settings-app\` to
 * have each section arrive when it is needed, or \`settings-elements/define/<tag>\` to register only
 * what you use (each panel's module registers the primitives it renders, but for
 * \`<settings-dialog>\`: the kit fetches it with the first dialog a panel opens).
 *
 * Written by \`npm run sync-defines\` from the files in src/define/: do not edit by hand.
 */
${tags.map((tag) => `import './define/${tag}.js';`).join('\n')}
`;

// The built-in sections' tags, in the order of the section table.
const sectionTags = [...readFileSync(`${root}src/access/sections.ts`, 'utf8').matchAll(/tagName: '([a-z-]+)'/g)]
  .map(([, tag]) => tag)
  .filter((tag) => tags.includes(tag));

const loadersText = `/**
 * How <settings-app> loads a built-in section's code: a dynamic import of the section's define module,
 * one chunk per section in a host's bundle, fetched when the section is first needed.
 *
 * Written by \`npm run sync-defines\` from src/access/sections.ts and src/define/: do not edit by hand.
 */
export const sectionLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
${sectionTags.map((tag) => `  '${tag}': () => import('../../define/${tag}.js'),`).join('\n')}
};
`;

const outputs = [
  { file: defineTarget, text, says: `lists the ${tags.length} define entries`, stale: 'does not list exactly the files in src/define/' },
  { file: loadersTarget, text: loadersText, says: `loads the ${sectionTags.length} built-in sections`, stale: 'does not load exactly the built-in sections' },
];
const name = (file) => file.slice(root.length);

if (process.argv.includes('--check')) {
  const stale = outputs.filter(({ file, text }) => readFileSync(file, 'utf8') !== text);
  for (const output of stale) console.error(`${name(output.file)} ${output.stale}: run \`npm run sync-defines\` and commit it.`);
  if (stale.length) process.exit(1);
  for (const output of outputs) console.log(`${name(output.file)} ${output.says}.`);
} else {
  for (const output of outputs) {
    writeFileSync(output.file, output.text);
    console.log(`${name(output.file)}: ${output.says}.`);
  }
}
