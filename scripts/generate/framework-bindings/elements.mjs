// The library's elements as the framework bindings need them, read from custom-elements.json (the
// manifest `npm run analyze` writes from each class's JSDoc) and checked against the tags that
// src/define/*.ts really registers, so an element documented but not defined (or defined but not
// documented) stops the generation instead of shipping a binding for the wrong set.
//
// Besides its own `@fires`, an element where a host mounts the area (`areaRoots`) hears every event
// that bubbles across shadow roots out of the elements inside it: the change stream, each panel's
// intents and facts. Which events do is read from their classes (event-reach.mjs), not listed here.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventReach } from './event-reach.mjs';
import { settableProperties } from './settable-properties.mjs';

/**
 * @typedef {{ name: string, attribute?: string }} ElementProperty
 * @typedef {{ name: string, type: string, bubblesOut: boolean }} ElementEvent `bubblesOut`: the
 *   class bubbles and is composed, so the event reaches the area's roots from inside any shadow root.
 * @typedef {{ tagName: string, className: string, modulePath: string, summary: string,
 *   properties: ElementProperty[], events: ElementEvent[], heard: ElementEvent[] }} ElementModel
 *   `events`: what the element documents firing; `heard`: what bubbles up to it from the elements
 *   inside it (only the area roots hear any), sorted by name.
 */

/**
 * The elements a host mounts the area on, outermost first. Each hears, besides its own events, what
 * bubbles out of every other element but the roots outside it: `<settings-provider>` is above every
 * element (its slot takes `<settings-app>` or panels), `<settings-app>` renders the panels, and
 * what the provider fires on itself never passes through the app.
 */
export const areaRoots = ['settings-provider', 'settings-app'];

/**
 * Every `@fires {EventClass} name` of the class; the class is what types a listener. `eventClass`
 * looks the class up (its `type` and whether it bubbles out), or says why it cannot.
 */
function documentedEvents(declaration, eventClass, problems) {
  const events = new Map();
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    const where = `<${declaration.tagName}>: @fires ${event.name}`;
    if (!event.type?.text) {
      problems.push(`${where} names no event class (write @fires {SettingsXEvent} ${event.name})`);
      continue;
    }
    const found = eventClass(event.type.text);
    if ('problem' in found) {
      problems.push(`${where}: ${found.problem}`);
      continue;
    }
    if (found.type && found.type !== event.name) {
      problems.push(`${where}: ${event.type.text}.type is '${found.type}', so a listener for '${event.name}' would never be called`);
      continue;
    }
    events.set(event.name, { name: event.name, type: event.type.text, bubblesOut: found.bubblesOut });
  }
  return [...events.values()];
}

/**
 * Looks event classes up in the manifest: the module that declares one, its `static type`, and
 * whether it bubbles and is composed (read from that module's source).
 */
function eventClassesOf(manifest, root) {
  const modules = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      modules.set(declaration.name, [...(modules.get(declaration.name) ?? []), { path: mod.path, declaration }]);
    }
  }
  const answers = new Map();
  return (className) => {
    if (answers.has(className)) return answers.get(className);
    const declared = modules.get(className) ?? [];
    let answer;
    if (declared.length !== 1) {
      answer = { problem: declared.length ? `${className} is declared in ${declared.map((d) => d.path).join(' and ')}` : `no module of the manifest declares ${className}` };
    } else {
      const [{ path, declaration }] = declared;
      const reach = eventReach(fileURLToPath(new URL(path, root)), className);
      const typeField = (declaration.members ?? []).find((m) => m.static && m.name === 'type' && m.kind === 'field');
      const type = typeField?.default?.match(/^(['"`])([\w-]+)\1$/)?.[2];
      answer = 'unreadable' in reach
        ? { type, problem: `cannot tell whether ${className} bubbles out of shadow roots: ${reach.unreadable} (${path})` }
        : { type, bubblesOut: reach.bubbles && reach.composed };
    }
    answers.set(className, answer);
    return answer;
  };
}

/**
 * Tag → class name, from every `defineElement('tag', Class)` in src/define/*.ts, and in the
 * components a define module imports when first needed (`import('../components/…')`: the API keys'
 * rotation and the admin team's form register themselves when their chunk arrives).
 */
export function definedTags(defineDir) {
  const tags = new Map();
  const scan = (url) => {
    const source = readFileSync(url, 'utf8');
    for (const match of source.matchAll(/defineElement\(\s*'([a-z][\w-]*)'\s*,\s*(\w+)\s*\)/g)) tags.set(match[1], match[2]);
    return source;
  };
  for (const file of readdirSync(defineDir).filter((f) => f.endsWith('.ts'))) {
    const source = scan(new URL(file, defineDir));
    for (const [, path] of source.matchAll(/import\('(\.\.\/components\/[^']+)\.js'\)/g)) scan(new URL(`${path}.ts`, defineDir));
  }
  return tags;
}

/**
 * @param {any} manifest custom-elements.json, parsed
 * @param {Map<string, string>} defined what src/define registers (tag → class)
 * @param {URL} root the repository, which the manifest's module paths are relative to
 * @returns {{ elements: ElementModel[], problems: string[] }}
 */
export function elementsFrom(manifest, defined, root) {
  const problems = [];
  const elements = [];
  const eventClass = eventClassesOf(manifest, root);
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName || !mod.path.startsWith('src/')) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: mod.path,
        summary: (declaration.summary ?? '').replace(/\s+/g, ' ').trim(),
        properties: settableProperties(declaration),
        events: documentedEvents(declaration, eventClass, problems),
        heard: [],
      });
    }
  }
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  problems.push(...undocumentedEvents(manifest, elements, eventClass), ...conflictingEvents(elements));
  addHeardEvents(elements, problems);

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

/**
 * The public event classes (src/events/) that bubble out but no element documents: a host would
 * hear them on the provider with no typed listener, so the generation stops until one says
 * `@fires` (the element that fires it; the roots then hear it from there).
 */
function undocumentedEvents(manifest, elements, eventClass) {
  const documented = new Set(elements.flatMap((e) => e.events.map((event) => event.type)));
  const problems = [];
  for (const mod of manifest.modules ?? []) {
    if (!mod.path.startsWith('src/events/')) continue;
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class' || documented.has(declaration.name)) continue;
      const found = eventClass(declaration.name);
      if (!found.type) continue; // not an event class with a name of its own
      if ('problem' in found) problems.push(found.problem);
      else if (found.bubblesOut) problems.push(`${declaration.name} ('${found.type}') bubbles out of shadow roots, but no element documents it: add @fires {${declaration.name}} ${found.type} to the element that fires it`);
    }
  }
  return problems;
}

/** One event name, one class: two elements may fire the same event, not two events of one name. */
function conflictingEvents(elements) {
  const classOf = new Map();
  const problems = [];
  for (const element of elements) {
    for (const event of element.events) {
      const first = classOf.get(event.name);
      if (!first) classOf.set(event.name, { type: event.type, tagName: element.tagName });
      else if (first.type !== event.type) problems.push(`'${event.name}' is ${first.type} on <${first.tagName}> but ${event.type} on <${element.tagName}>`);
    }
  }
  return problems;
}

/** Fills `heard` of each area root (see `areaRoots`). */
function addHeardEvents(elements, problems) {
  const byTag = new Map(elements.map((e) => [e.tagName, e]));
  const outer = new Set();
  for (const tag of areaRoots) {
    const root = byTag.get(tag);
    if (!root) {
      problems.push(`<${tag}> is an area root of the bindings (framework-bindings/elements.mjs) but the manifest has no such element`);
      continue;
    }
    outer.add(tag);
    const own = new Set(root.events.map((event) => event.name));
    const heard = new Map();
    for (const inner of elements) {
      if (outer.has(inner.tagName)) continue;
      for (const event of inner.events) if (event.bubblesOut && !own.has(event.name)) heard.set(event.name, event);
    }
    root.heard = [...heard.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** `settings-api-key-revoked` → `SettingsApiKeyRevoked`. */
export function pascalCase(name) {
  return name
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** What a binding of the element listens to: its own events, then those it hears. */
export function listenedEvents(element) {
  return [...element.events, ...element.heard];
}

/** The event classes the elements fire or hear, sorted, once each. */
export function eventClasses(elements) {
  return [...new Set(elements.flatMap((e) => listenedEvents(e).map((event) => event.type)))].sort();
}
