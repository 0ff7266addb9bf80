#!/usr/bin/env node
// Writes the framework bindings from custom-elements.json (run `npm run analyze` first), so every
// element and every documented event reaches React, Vue and Svelte hosts without a hand-kept list,
// and `<settings-provider>` / `<settings-app>` also type every event that bubbles up to them from the
// elements inside (`settings-change`, each panel's intents and facts; see framework-bindings/elements.mjs):
//   src/generated/react/index.ts      @lit/react wrappers            → settings-elements/react
//   src/generated/types/react-jsx.ts  React 19 JSX IntrinsicElements → settings-elements/react-jsx
//   src/generated/types/vue.ts        Vue GlobalComponents           → settings-elements/vue
//   src/generated/types/svelte.d.ts   svelte/elements augmentation   → settings-elements/svelte
// `--check` only compares, for CI: it fails when an element, property or event changed without
// running this (or when src/define/ and the manifest disagree on the tags, an event class is not
// the one its `@fires` names, or one cannot be read as bubbling out or not).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definedTags, elementsFrom } from './framework-bindings/elements.mjs';
import { reactJsxTypes } from './framework-bindings/react-jsx.mjs';
import { reactWrappers } from './framework-bindings/react-wrappers.mjs';
import { svelteTypes } from './framework-bindings/svelte.mjs';
import { vueTypes } from './framework-bindings/vue.mjs';

const rootUrl = new URL('../..', import.meta.url);
const root = fileURLToPath(rootUrl);
const manifestPath = `${root}custom-elements.json`;
const check = process.argv.includes('--check');

if (!existsSync(manifestPath)) {
  console.error('sync-bindings: custom-elements.json is missing; run `npm run analyze` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const { elements, problems } = elementsFrom(manifest, definedTags(new URL('src/define/', rootUrl)), rootUrl);
if (problems.length) {
  console.error(`sync-bindings: the elements cannot be bound as documented:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const header = '// Written by `npm run sync-bindings` from custom-elements.json: do not edit by hand.';
const outputs = {
  'src/generated/react/index.ts': reactWrappers(elements, header),
  'src/generated/types/react-jsx.ts': reactJsxTypes(elements, header),
  'src/generated/types/vue.ts': vueTypes(elements, header),
  'src/generated/types/svelte.d.ts': svelteTypes(elements, header),
};

const events = elements.reduce((n, e) => n + e.events.length, 0);
const heard = elements.filter((e) => e.heard.length).map((e) => `<${e.tagName}> hears ${e.heard.length}`);
const stale = [];
for (const [path, text] of Object.entries(outputs)) {
  const file = `${root}${path}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(file, text);
}
if (stale.length) {
  console.error(`sync-bindings: out of date with custom-elements.json: ${stale.join(', ')}. Run \`npm run analyze && npm run sync-bindings\` and commit them.`);
  process.exit(1);
}
console.log(
  `sync-bindings: ${elements.length} elements, ${events} element events (${heard.join(', ')}) ${check ? 'match' : 'written to'} ${Object.keys(outputs).join(', ')}.`,
);
