// The library's elements as the framework bindings need them, read from custom-elements.json (the
// manifest `npm run analyze` writes from each class's JSDoc) and checked against the tags that
// src/define/*.ts really registers, so an element documented but not defined (or defined but not
// documented) stops the generation instead of shipping a binding for the wrong set.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ name: string, attribute?: string }} ElementProperty
 * @typedef {{ name: string, type: string }} ElementEvent
 * @typedef {{ tagName: string, className: string, modulePath: string, summary: string,
 *   properties: ElementProperty[], events: ElementEvent[] }} ElementModel
 */

/**
 * The properties a host may set: public instance fields with a type. Readonly fields and getters
 * cannot be set; a field without a type is the analyzer mistaking an assignment to another node
 * (`this.#heading.id = …`) for one of ours.
 */
function settableProperties(declaration) {
  const attributeOf = new Map((declaration.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  return (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly && !m.name.startsWith('#') && m.type?.text)
    .map((m) => {
      const attribute = m.attribute ?? attributeOf.get(m.name);
      return attribute ? { name: m.name, attribute } : { name: m.name };
    });
}

/** Every `@fires {EventClass} name` of the class; the class is what types a listener. */
function documentedEvents(declaration, problems) {
  const events = new Map();
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    if (!event.type?.text) {
      problems.push(`${declaration.tagName}: @fires ${event.name} names no event class (write @fires {SettingsXEvent} ${event.name})`);
      continue;
    }
    events.set(event.name, { name: event.name, type: event.type.text });
  }
  return [...events.values()];
}

/** Tag → class name, from every `defineElement('tag', Class)` in src/define/*.ts. */
export function definedTags(defineDir) {
  const tags = new Map();
  for (const file of readdirSync(defineDir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, defineDir), 'utf8');
    for (const match of source.matchAll(/defineElement\(\s*'([a-z][\w-]*)'\s*,\s*(\w+)\s*\)/g)) tags.set(match[1], match[2]);
  }
  return tags;
}

/**
 * @param {any} manifest custom-elements.json, parsed
 * @param {Map<string, string>} defined what src/define registers (tag → class)
 * @returns {{ elements: ElementModel[], problems: string[] }}
 */
export function elementsFrom(manifest, defined) {
  const problems = [];
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName || !mod.path.startsWith('src/')) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: mod.path,
        summary: (declaration.summary ?? '').replace(/\s+/g, ' ').trim(),
        properties: settableProperties(declaration),
        events: documentedEvents(declaration, problems),
      });
    }
  }
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));

  const documented = new Map(elements.map((e) => [e.tagName, e.className]));
  for (const [tag, className] of defined) {
    if (!documented.has(tag)) problems.push(`<${tag}> is defined in src/define/ but has no @tag in the manifest (add @tag ${tag} to ${className}'s JSDoc)`);
    else if (documented.get(tag) !== className) problems.push(`<${tag}> is defined as ${className} but documented on ${documented.get(tag)}`);
  }
  for (const tag of documented.keys()) {
    if (!defined.has(tag)) problems.push(`<${tag}> has @tag in the manifest but src/define/ never registers it`);
  }
  return { elements, problems };
}

/** `settings-api-key-revoked` → `SettingsApiKeyRevoked`. */
export function pascalCase(name) {
  return name
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** The event classes the elements fire, sorted, once each. */
export function eventClasses(elements) {
  return [...new Set(elements.flatMap((e) => e.events.map((event) => event.type)))].sort();
}
