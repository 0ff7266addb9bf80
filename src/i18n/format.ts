import type { Money } from '../api/types.js';
import { getLocale, msg } from './localize.js';

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
