// src/generated/react/index.ts: one @lit/react wrapper per element, with a typed `on<Event>` callback for
// every event the element documents, and on the area roots for every event heard from inside.
import { eventClasses, pascalCase } from './elements.mjs';
import { heardComment } from './members.mjs';

/** @param {import('./elements.mjs').ElementModel[]} elements @param {string} header */
export function reactWrappers(elements, header) {
  const eventTypes = eventClasses(elements);
  const imports = elements
    .map((e) => `import { ${e.className} as ${e.className}Element } from '../../${e.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`)
    .sort();
  const wrappers = elements.map((e) => {
    const entry = (event) => `    on${pascalCase(event.name)}: '${event.name}' as EventName<${event.type}>,`;
    const events = [...e.events.map(entry), ...(e.heard.length ? [`    ${heardComment}`, ...e.heard.map(entry)] : [])];
    return `/** \`<${e.tagName}>\`: ${e.summary} */
export const ${e.className} = /* @__PURE__ */ createComponent({
  tagName: '${e.tagName}',
  elementClass: ${e.className}Element,
  react: React,
  displayName: '${e.className}',
  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},
});`;
  });
  return `${header}
//
// Each wrapper sets every prop as a property (objects and functions arrive as they are) and maps
// \`on<Event>\` props to listeners. Wrappers define no tags: import \`settings-elements/define\` (or
// \`settings-elements/define/<tag>\`) once before rendering. The calls are marked pure so a host's
// bundler drops the wrappers it does not use.
//
// \`react\` and \`@lit/react\` are optional peers of the package, installed by React hosts only:
// \`npm install settings-elements lit @lit/react\`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
${imports.join('\n')}
import type {
${eventTypes.map((type) => `  ${type},`).join('\n')}
} from '../../index.js';

${wrappers.join('\n\n')}
`;
}
