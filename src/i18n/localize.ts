import type { Catalog, MessageKey } from './catalogs/en/index.js';
import { coreMessages } from './catalogs/en/core.js';

/**
 * One localization mechanism for every user-visible string: `msg(key, params)` over a typed catalog.
 * The locale is a BCP-47 tag used for every `Intl` formatter; a translation supplies the catalog's
 * keys for it (missing ones fall back to English, so nothing ever renders empty).
 *
 * `<settings-provider>` chooses the locale (its `locale` attribute, the page's `lang`, or the user's
 * language) and calls `setLocale`; a host that renders panels without a provider may call it
 * itself. Catalogs register themselves when their module is imported
 * (`import 'settings-elements/locales/de'`), so a host ships only the languages it offers. The
 * locale is page-wide: two providers on one page share the last one chosen.
 */

type Translation = { [K in MessageKey]?: Catalog[K] };
type Params<K extends MessageKey> = Catalog[K] extends (p: infer P) => string ? [params: P] : [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry takes its own params shape
type Entry = string | ((params: any) => string);

/**
 * Derives a locale's text from the English text instead of a catalog (the pseudo-locale): `params`
 * are the values the text was built with, which a transform must leave as they are.
 */
export type TextTransform = (english: string, params: Readonly<Record<string, unknown>> | undefined) => string;

let currentLocale = 'en';
let translation: Translation = {};
let transform: TextTransform | undefined;
/** English for the shell and for every area whose module has loaded (see `addMessages`). */
const english: Translation = { ...coreMessages };
const registered = new Map<string, Translation | TextTransform>();
const listeners = new Set<() => void>();

/**
 * Uses `locale` for formatting and, with `messages`, that translation (otherwise the one
 * registered for the locale or its language, if any).
 */
export function setLocale(locale: string, messages?: Translation): void {
  currentLocale = locale;
  const found = messages ?? registeredFor(locale);
  transform = typeof found === 'function' ? found : undefined;
  translation = typeof found === 'object' ? found : {};
  for (const listener of listeners) listener();
}

export function getLocale(): string {
  return currentLocale;
}

/** Makes a catalog (or a transform, for a pseudo-locale) available for `setLocale(tag)`. */
export function registerTranslation(tag: string, messages: Translation | TextTransform): void {
  registered.set(tag.toLowerCase(), messages);
}

/** The translation registered for `tag`, or for its language (`de` serves `de-AT`). */
export function registeredFor(tag: string): Translation | TextTransform | undefined {
  const lower = tag.toLowerCase();
  return registered.get(lower) ?? registered.get(lower.split('-')[0]!);
}

/** Called after every `setLocale` (the provider re-renders its elements). Returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the English strings of one area; each panel's module calls it for its own. */
export function addMessages(messages: Translation): void {
  Object.assign(english, messages);
}

export function msg<K extends MessageKey>(key: K, ...params: Params<K>): string {
  // An unregistered key shows itself rather than an empty control.
  const entry: Entry = (transform ? undefined : translation[key]) ?? english[key] ?? key;
  const text = typeof entry === 'function' ? entry(params[0]) : entry;
  return transform && entry !== key ? transform(text, params[0] as Record<string, unknown> | undefined) : text;
}

/** Right-to-left scripts: the area is mirrored for them. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // Not a valid tag: treated as left-to-right.
  }
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'].includes(tag.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

export type { Catalog, MessageKey, Translation };
