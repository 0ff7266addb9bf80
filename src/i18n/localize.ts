import { en, type Catalog, type MessageKey } from './en.js';

/**
 * One localization mechanism for every user-visible string: `msg(key, params)` over a typed catalog.
 * Hosts call `setLocale()` once, before the elements render, with a BCP-47 tag (used for every
 * `Intl` formatter) and, optionally, a translated catalog. Untranslated keys fall back to English.
 */

type Translation = { [K in MessageKey]?: Catalog[K] };
type Params<K extends MessageKey> = Catalog[K] extends (p: infer P) => string ? [params: P] : [];

let currentLocale = 'en';
let translation: Translation = {};

export function setLocale(locale: string, messages: Translation = {}): void {
  currentLocale = locale;
  translation = messages;
}

export function getLocale(): string {
  return currentLocale;
}

export function msg<K extends MessageKey>(key: K, ...params: Params<K>): string {
  const entry = (translation[key] ?? en[key]) as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}

export type { Catalog, MessageKey, Translation };
