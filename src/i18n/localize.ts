import type { Money } from '../api/types.js';
import type { Catalog, MessageKey } from './catalogs/en/index.js';
import { coreMessages } from './catalogs/en/core.js';

/**
 * One localization mechanism for every user-visible string: `msg(key, params)` over a typed catalog.
 * The locale is a BCP-47 tag used for every `Intl` formatter; a translation supplies the catalog's
 * keys for it (missing ones fall back to English, so nothing ever renders empty).
 *
 * The locale belongs to its `<settings-provider>`: the provider chooses it (its `locale` attribute,
 * its `lang` or the page's, or the user's language) and every element inside it updates within
 * `withLocale(thatLocale, …)`, so `msg` and the formatters speak the provider's language — two
 * providers on one page speak two. Outside any `withLocale`, they speak the page's locale, which
 * `setLocale` sets (English until then), for hosts that render panels without a provider. Catalogs
 * register themselves when their module is imported (`import 'settings-elements/locales/de'`), so
 * a host ships only the languages it offers.
 *
 * The formatters (dates, numbers, money, lists, names; below the messages) are in this module too:
 * they speak the same locale, and as a module of their own, which General does not use and the
 * provider only for `languageTag`, a host's bundler that splits the sections off made a file of them
 * in the first load.
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

/** A locale and what `msg` speaks in it: a catalog, or the transform of a pseudo-locale. */
interface Speech {
  readonly locale: string;
  readonly translation: Translation;
  readonly transform: TextTransform | undefined;
}

/** English for the shell and for every area whose module has loaded (see `addMessages`). */
const english: Translation = { ...coreMessages };
const registered = new Map<string, Translation | TextTransform>();

/** What `msg` speaks in `locale`: `found`, else what is registered for the locale or its language. */
const speechOf = (locale: string, found = registeredFor(locale)): Speech => ({
  locale,
  translation: typeof found === 'object' ? found : {},
  transform: typeof found === 'function' ? found : undefined,
});

/** The page's locale: what is spoken outside every `withLocale`. */
let page: Speech = speechOf('en');
/** The innermost `withLocale` running now, if any. */
let scoped: Speech | undefined;

/**
 * Sets the page's locale: the one spoken outside every `<settings-provider>` (a provider's elements
 * speak the provider's). With `messages`, that translation; otherwise the one registered for the
 * locale or its language, if any.
 */
export function setLocale(locale: string, messages?: Translation): void {
  page = speechOf(locale, messages);
}

/** The locale in effect: the innermost `withLocale`'s, else the page's. */
export function getLocale(): string {
  return (scoped ?? page).locale;
}

/**
 * Runs `run` with `locale` for `msg` and the formatters, then restores the locale that was in effect
 * (scopes nest). `undefined` keeps the one in effect. Every settings element updates inside its
 * provider's locale; a string made anywhere else — in an event handler, after an `await` — is made
 * inside one too: `withLocale(settings.locale, () => msg('…'))` (in a section's element,
 * `this.section.inLocale(() => msg('…'))`).
 */
export function withLocale<T>(locale: string | undefined, run: () => T): T {
  if (locale === undefined) return run();
  const outer = scoped;
  scoped = speechOf(locale);
  try {
    return run();
  } finally {
    scoped = outer;
  }
}

/** Makes a catalog (or a transform, for a pseudo-locale) available for `setLocale(tag)` and providers. */
export function registerTranslation(tag: string, messages: Translation | TextTransform): void {
  registered.set(tag.toLowerCase(), messages);
}

/** The translation registered for `tag`, or for its language (`de` serves `de-AT`). */
export function registeredFor(tag: string): Translation | TextTransform | undefined {
  const lower = tag.toLowerCase();
  return registered.get(lower) ?? registered.get(lower.split('-')[0]!);
}

/** Registers the English strings of one area; each panel's module calls it for its own. */
export function addMessages(messages: Translation): void {
  Object.assign(english, messages);
}

/** The text of `key` in the locale in effect (see `getLocale`). */
export function msg<K extends MessageKey>(key: K, ...params: Params<K>): string {
  const { translation, transform } = scoped ?? page;
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

// --- formatting ----------------------------------------------------------------------------------

/**
 * Dates, numbers, money, lists and names always go through `Intl` with the locale in effect (the
 * element's provider's, see `withLocale`) — and through here, which owns what a value `Intl`
 * refuses shows instead. Values come from a server nobody here wrote: a Java locale (`en_US`), a
 * date that does not parse, a currency or time zone no browser knows must show as something
 * readable, never throw (one bad row would keep a whole panel on its skeleton).
 */

/** What `make` answers, or what `fallback` does when `Intl` (or `Date`) refuses the value. */
function attempt<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

/** `en_US` → `en-US`, `EN-gb` → `en-GB`; `undefined` for what is no language tag. */
export function languageTag(tag: string): string | undefined {
  return attempt(
    () => Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0],
    () => undefined,
  );
}

/** A language's, region's or currency's name in `locale`; a code `Intl` refuses shows as itself. */
export function displayName(code: string, type: Intl.DisplayNamesType, locale = getLocale()): string {
  return attempt(
    () => new Intl.DisplayNames(locale, { type }).of(code) ?? code,
    () => code,
  );
}

/** Any zone `Intl` accepts, aliases included (`UTC`); never the empty name. */
export function isTimeZone(zone: string): boolean {
  return attempt(
    () => zone !== '' && !!new Intl.DateTimeFormat(undefined, { timeZone: zone }),
    () => false,
  );
}

/**
 * Every IANA time zone the browser knows; where it cannot list them (`Intl.supportedValuesOf` is
 * missing before Safari 15.4 and Firefox 93), UTC and the zone in use.
 */
export function timeZoneNames(): readonly string[] {
  if (typeof Intl.supportedValuesOf === 'function') return Intl.supportedValuesOf('timeZone');
  return [...new Set(['UTC', new Intl.DateTimeFormat().resolvedOptions().timeZone])];
}

/** A moment from the server (ISO text), or one we computed. */
export type DateValue = string | number | Date | null | undefined;

/**
 * "Unknown" for a date that does not parse or is empty; in a zone `Intl` does not know, that zone's
 * name. `write` builds the text another way (from the parts, for a pattern such as `DD.MM.YYYY`).
 */
export function formatDate(
  value: DateValue,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  write = (format: Intl.DateTimeFormat, date: Date) => format.format(date),
): string {
  const date = new Date(value || NaN);
  return attempt(
    () => write(new Intl.DateTimeFormat(getLocale(), options), date),
    () => (isNaN(+date) ? msg('format.unknownDate') : (options.timeZone ?? date.toISOString())),
  );
}

export function formatDateTime(value: DateValue): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(getLocale(), options).format(value);
}

/** An amount of `currency`; a currency `Intl` refuses shows as the amount with its code ("12,345.67 XXX1"). */
export function formatCurrency(value: number, currency: string): string {
  return attempt(
    () => formatNumber(value, { style: 'currency', currency }),
    () => `${formatNumber(value, { minimumFractionDigits: 2 })} ${currency}`.trim(),
  );
}

/** Money arrives in minor units; the currency decides how many fraction digits that is (2 for one `Intl` refuses). */
export function formatMoney({ amount, currency }: Money): string {
  const digits = attempt(
    () => new Intl.NumberFormat(getLocale(), { style: 'currency', currency }).resolvedOptions().maximumFractionDigits,
    () => 2,
  );
  return formatCurrency(amount / 10 ** (digits ?? 2), currency);
}

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours"; pair it with `formatDateTime` for the exact value. "Unknown" as `formatDate` says it. */
export function formatRelative(value: DateValue, now: number = Date.now()): string {
  const seconds = Math.round((+new Date(value || NaN) - now) / 1000);
  if (isNaN(seconds)) return msg('format.unknownDate');
  const format = new Intl.RelativeTimeFormat(getLocale(), { numeric: 'auto' });
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** Names the server left out (`null`) are skipped rather than refused. */
export function formatList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(getLocale(), { style: 'long', type }).format(items.filter((item) => typeof item === 'string'));
}
