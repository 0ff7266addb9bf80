// src/generated/types/svelte.d.ts: the tags in Svelte's element types (`svelte/elements`, Svelte 4.2+ and 5).
// A declaration file, not compiled: svelte is not a dependency of this repository, so the library
// build copies it to dist/types/ as it is (examples/svelte-types checks it against a stand-in).
// Both listener spellings: `onsettings-navigate={…}` (Svelte 5) and `on:settings-navigate={…}` (4).
import { memberLines, objectType, typeImports, usesAttributeValue } from './members.mjs';

/** @param {import('./elements.mjs').ElementModel[]} elements @param {string} header */
export function svelteTypes(elements, header) {
  const tags = elements.map((e) => {
    const own = memberLines(e, { attributes: true, listeners: (event) => [`on${event.name}`, `on:${event.name}`] });
    return `    /** \`<${e.tagName}>\`: ${e.summary} */
    '${e.tagName}': HTMLAttributes<${e.className}>${own.length ? ` & ${objectType(own, 4)}` : ''};`;
  });
  return `${header}
//
// Use: \`import type {} from 'settings-elements/svelte';\` once (e.g. in src/app.d.ts), and import
// \`settings-elements/define\` before the tags render (Svelte sets a property only on a defined element).
import type { HTMLAttributes } from 'svelte/elements';
${typeImports(elements)}
${usesAttributeValue(elements) ? "import type { AttributeValue } from './attribute-value.js';\n" : ''}
declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${tags.join('\n')}
  }
}

// A module, so the block above augments svelte/elements instead of replacing it.
export {};
`;
}
