import type { Catalog, MessageKey } from './en.js';
import { coreMessages } from './en/core.js';

/**
 * One localization mechanism for every user-visible string: `msg(key, params)` over a typed catalog.
 * Hosts call `setLocale()` once, before the elements render, with a BCP-47 tag (used for every
 * `Intl` formatter) and, optionally, a translated catalog. Untranslated keys fall back to English.
 */

type Translation = { [K in MessageKey]?: Catalog[K] };
type Params<K extends MessageKey> = Catalog[K] extends (p: infer P) => string ? [params: P] : [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry takes its own params shape
type Entry = string | ((params: any) => string);

let currentLocale = 'en';
let translation: Translation = {};
/** English for the shell and for every area whose module has loaded (see `addMessages`). */
const english: Translation = { ...coreMessages };

export function setLocale(locale: string, messages: Translation = {}): void {
  currentLocale = locale;
  translation = messages;
}

export function getLocale(): string {
  return currentLocale;
}

/** Registers the English strings of one area; each panel's module calls it for its own. */
export function addMessages(messages: Translation): void {
  Object.assign(english, messages);
}

export function msg<K extends MessageKey>(key: K, ...params: Params<K>): string {
  // An unregistered key shows itself rather than an empty control.
  const entry: Entry = translation[key] ?? english[key] ?? key;
  return typeof entry === 'function' ? entry(params[0]) : entry;
}

export type { Catalog, MessageKey, Translation };
