// src/generated/react/index.ts: one @lit/react wrapper per element, with a typed `on<Event>` callback for
// every event the element documents, and on the area roots for every event heard from inside.
//
// The wrappers import no element's code, only its type: @lit/react reads of an element's class
// just which props are its properties (`name in elementClass.prototype`), which the manifest knows.
// Importing the element classes would bring every element's module in with the wrappers, and a
// host's bundler (webpack in Next.js, esbuild in Angular) then puts every section's code in the
// first load, defeating the sections `<settings-app>` loads when they are opened.
import { eventClasses, pascalCase } from './elements.mjs';
import { heardComment } from './members.mjs';

/** @param {import('./elements.mjs').ElementModel[]} elements @param {string} header */
export function reactWrappers(elements, header) {
  const eventTypes = eventClasses(elements);
  const imports = elements
    .map((e) => `import type { ${e.className} as ${e.className}Element } from '../../${e.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`)
    .sort();
  const wrappers = elements.map((e) => {
    const entry = (event) => `    on${pascalCase(event.name)}: '${event.name}' as EventName<${event.type}>,`;
    const events = [...e.events.map(entry), ...(e.heard.length ? [`    ${heardComment}`, ...e.heard.map(entry)] : [])];
    return `/** \`<${e.tagName}>\`: ${e.summary} */
export const ${e.className} = /* @__PURE__ */ createComponent({
  tagName: '${e.tagName}',
  elementClass: /* @__PURE__ */ elementProperties<${e.className}Element>(${e.properties.map((p) => `'${p.name}'`).join(', ')}),
  react: React,
  displayName: '${e.className}',
  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},
});`;
  });
  return `${header}
//
// Each wrapper sets the element's properties as properties (objects and functions arrive as they
// are), maps \`on<Event>\` props to listeners, and leaves any other prop (\`id\`, \`hidden\`, …) to
// React. Wrappers define no tags, and import no element's code (only its type, so they bring no
// section's code into a host's first load): import \`settings-elements/define/<tag>\` (or
// \`settings-elements/define\`) before rendering. The calls are marked pure so a host's bundler
// drops the wrappers it does not use.
//
// \`react\` and \`@lit/react\` are optional peers of the package, installed by React hosts only:
// \`npm install settings-elements lit @lit/react\`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { elementProperties } from '../../internal/element-properties.js';
${imports.join('\n')}
import type {
${eventTypes.map((type) => `  ${type},`).join('\n')}
} from '../../index.js';

${wrappers.join('\n\n')}
`;
}
