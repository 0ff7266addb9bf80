// src/generated/types/vue.ts: the tags as Vue global components, for vue-tsc (with strictTemplates too).
// Vue maps `link-template` to `linkTemplate` and `@settings-navigate` to `onSettingsNavigate`
// itself, so only the property names and the camel-cased listeners are written.
import { pascalCase } from './elements.mjs';
import { memberLines, objectType, typeImports } from './members.mjs';

/** @param {import('./elements.mjs').ElementModel[]} elements @param {string} header */
export function vueTypes(elements, header) {
  const tags = elements.map((e) => {
    const own = memberLines(e, { attributes: false, listeners: (event) => [`on${pascalCase(event.name)}`] });
    return `    /** \`<${e.tagName}>\`: ${e.summary} */
    '${e.tagName}': ${own.length ? `Tag<${objectType(own, 4)}>` : 'Tag'};`;
  });
  return `${header}
//
// Use: \`import type {} from 'settings-elements/vue';\` once in the app; tell the compiler the tags
// are custom elements (\`isCustomElement: (tag) => tag.startsWith('settings-')\`), and import
// \`settings-elements/define\` before \`mount()\` (Vue sets a property only on a defined element).
import type { DefineComponent, HTMLAttributes } from 'vue';
${typeImports(elements, { usedBy: 'properties' })}

/** A tag's props: what Vue allows on any element, then the tag's own. */
type Tag<Props = unknown> = DefineComponent<HTMLAttributes & Props>;

declare module 'vue' {
  interface GlobalComponents {
${tags.join('\n')}
  }
}
`;
}
