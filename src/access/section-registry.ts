import { isBuiltInSectionId, scopes, sections as builtInSections, type Scope, type SectionDefinition, type SectionId } from './sections.js';

/** Host section ids may not start with these: they are ours, now and in future releases. */
const reservedPrefixes = scopes.map((scope) => `${scope}/`);
const hostIdPattern = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const hostTagPattern = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/;

/** What a host gives `<settings-provider>`: its own sections, and ours it does not offer. */
export interface SectionRegistryOptions {
  /** The host's own sections. Each needs an id, scope, tag, label and (optionally) an access rule. */
  add?: readonly SectionDefinition[];
  /** Built-in sections the host does not offer: gone from navigation and from "Can't find a setting?". */
  omit?: readonly SectionId[];
}

/**
 * The sections of one Settings area, in navigation order: ours minus the omitted ones, plus the
 * host's, ordered by `order` within each scope.
 */
export interface SectionRegistry {
  readonly all: readonly SectionDefinition[];
  get(id: string): SectionDefinition | undefined;
  inScope(scope: Scope): readonly SectionDefinition[];
}

/** Thrown for a host section that cannot be registered; the message says what to change. */
export class SectionDefinitionError extends Error {
  override name = 'SectionDefinitionError';
}

/**
 * Builds a registry, checking every host section first: a host id must be lowercase words joined
 * by `/` or `-`, must not start with `personal/`, `company/` or `organization/` (reserved for our
 * sections, so a future release cannot collide with a host's), and must be unique; a tag must be a
 * valid custom-element name; the scope must be one of ours.
 */
export function createSectionRegistry(options: SectionRegistryOptions = {}): SectionRegistry {
  const omitted = new Set<string>(options.omit ?? []);
  for (const id of omitted) {
    if (!isBuiltInSectionId(id)) throw new SectionDefinitionError(`Cannot omit "${id}": only built-in sections can be omitted.`);
  }
  const added = (options.add ?? []).map(checkHostSection);
  const seen = new Set<string>();
  for (const section of added) {
    if (seen.has(section.id)) throw new SectionDefinitionError(`Section "${section.id}" is registered twice.`);
    seen.add(section.id);
  }
  const all = scopes.flatMap((scope) =>
    [...builtInSections.filter((s) => !omitted.has(s.id)), ...added]
      .filter((s) => s.scope === scope)
      // A stable sort: equal orders keep registration order.
      .sort((a, b) => (a.order ?? hostDefaultOrder) - (b.order ?? hostDefaultOrder)),
  );
  const byId = new Map(all.map((section) => [section.id, section]));
  return {
    all,
    get: (id) => byId.get(id),
    inScope: (scope) => all.filter((section) => section.scope === scope),
  };
}

/** Host sections without an `order` come after ours (10, 20, 30, 40). */
const hostDefaultOrder = 1000;

function checkHostSection(section: SectionDefinition): SectionDefinition {
  const id = String(section.id);
  if (isBuiltInSectionId(id) || reservedPrefixes.some((prefix) => id.startsWith(prefix))) {
    throw new SectionDefinitionError(
      `Section id "${id}" is reserved: ids starting with ${reservedPrefixes.join(', ')} belong to settings-elements. Use your own prefix, e.g. "acme/${id.split('/').pop()}".`,
    );
  }
  if (!hostIdPattern.test(id)) throw new SectionDefinitionError(`Section id "${id}" must be lowercase letters, digits and "-", in parts joined by "/".`);
  if (!scopes.includes(section.scope)) throw new SectionDefinitionError(`Section "${id}" has scope "${String(section.scope)}"; use ${scopes.join(', ')}.`);
  if (!hostTagPattern.test(section.tagName ?? '')) throw new SectionDefinitionError(`Section "${id}" needs a custom element tag name with a dash, got "${section.tagName}".`);
  if (!section.label) throw new SectionDefinitionError(`Section "${id}" needs a label.`);
  if (section.load !== undefined && typeof section.load !== 'function') {
    throw new SectionDefinitionError(`Section "${id}" has a load that is not a function; give one that imports its module, e.g. () => import('./${section.tagName}.js').`);
  }
  return { ...section };
}

/** The registry with only the library's sections. */
export const defaultSectionRegistry: SectionRegistry = createSectionRegistry();
