// The lines every typed binding (React JSX, Vue, Svelte) writes for one tag: its settable
// properties, the attribute spellings where they differ, and one listener per documented event
// (then, on the area roots, per event heard from inside), named the way the framework spells it.
import { eventClasses } from './elements.mjs';

/**
 * @param {import('./elements.mjs').ElementModel} element
 * @param {{ attributes: boolean, listeners: (event: import('./elements.mjs').ElementEvent) => string[] }} spelling
 *   `attributes`: whether templates may write `link-template="…"` (not Vue, which maps it to
 *   `linkTemplate` itself); `listeners`: the prop names that listen to an event.
 * @returns {string[]} members of an object type, without indentation
 */
export function memberLines(element, { attributes, listeners }) {
  const cls = element.className;
  const lines = [];
  for (const property of element.properties) {
    lines.push(`${property.name}?: ${cls}['${property.name}'];`);
    if (attributes && property.attribute && property.attribute !== property.name) {
      lines.push(`'${property.attribute}'?: AttributeValue<${cls}['${property.name}']>;`);
    }
  }
  const listen = (event) => {
    for (const name of listeners(event)) lines.push(`${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}?: (event: ${event.type}) => void;`);
  };
  element.events.forEach(listen);
  if (element.heard.length) {
    lines.push(heardComment);
    element.heard.forEach(listen);
  }
  return lines;
}

/** Written above the listeners of the events an area root hears from the elements inside it. */
export const heardComment = '// Bubbling up from the elements inside it (composed: they cross shadow roots):';

/** An object type literal of `lines`, indented to sit at `indent`; `null` when there are none. */
export function objectType(lines, indent) {
  if (lines.length === 0) return null;
  const pad = ' '.repeat(indent + 2);
  return `{\n${lines.map((line) => pad + line).join('\n')}\n${' '.repeat(indent)}}`;
}

/** Whether any tag writes an attribute alias (then the file imports `AttributeValue`). */
export function usesAttributeValue(elements) {
  return elements.some((e) => e.properties.some((p) => p.attribute && p.attribute !== p.name));
}

/**
 * `import type { SettingsApp, SettingsNavigateEvent, … } from '../../index.js';`: the event classes,
 * and the element classes (all of them, or, with `usedBy: 'properties'`, those whose properties
 * the file names).
 */
export function typeImports(elements, { usedBy = 'all' } = {}) {
  const classes = elements.filter((e) => usedBy === 'all' || e.properties.length > 0).map((e) => e.className);
  const names = [...new Set([...classes, ...eventClasses(elements)])].sort();
  return `import type {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '../../index.js';`;
}
