// src/generated/types/react-jsx.ts: the tags in React 19's own JSX (no wrapper). React 19 sets a prop as a
// property when the defined element has it, and listens to `on` + the exact event name
// (`onsettings-navigate`), so that is how the listeners are spelled.
import { memberLines, objectType, typeImports, usesAttributeValue } from './members.mjs';

/** @param {import('./elements.mjs').ElementModel[]} elements @param {string} header */
export function reactJsxTypes(elements, header) {
  const tags = elements.map((e) => {
    const own = memberLines(e, { attributes: true, listeners: (event) => [`on${event.name}`] });
    return `      /** \`<${e.tagName}>\`: ${e.summary} */
      '${e.tagName}': Tag<${e.className}>${own.length ? ` & ${objectType(own, 6)}` : ''};`;
  });
  return `${header}
//
// Use: \`import type {} from 'settings-elements/react-jsx';\` once in the app, and import
// \`settings-elements/define\` before the first render (React sets a property only on a defined element).
// It must augment the \`react\` module: \`declare global { namespace JSX }\` is not read by React 19's types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typeImports(elements)}
${usesAttributeValue(elements) ? "import type { AttributeValue } from './attribute-value.js';\n" : ''}
/** What React gives any element (\`id\`, \`className\`, \`ref\`, \`children\`, …). */
type Tag<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
${tags.join('\n')}
    }
  }
}
`;
}
