import { displayName, languageTag, msg, timeZoneNames } from '../../i18n/localize.js';
import { dateFormatLabel, dateFormats } from '../../internal/date-formats.js';

export interface Choice {
  value: string;
  label: string;
}

/** Offered when the host does not say which languages its app is translated into. */
export const defaultLanguages: readonly string[] = [
  'de-DE',
  'en-GB',
  'en-US',
  'es-ES',
  'es-MX',
  'fr-FR',
  'it-IT',
  'ja-JP',
  'nl-NL',
  'pt-BR',
  'zh-CN',
];

/**
 * Each language named in itself and in the user's language ("Deutsch (Deutschland) — German
 * (Germany)"), so people find their own even in a language they do not read. The current one is
 * always offered. A tag that is no language (`xx-invalid-tag-`) is offered as given, named by itself.
 */
export function languageChoices(tags: readonly string[], current: string): Choice[] {
  // Canonical tags (`en-gb` → `en-GB`, `en_US` → `en-US`), once each: what is offered is what the server stores.
  return [...new Set([...tags, current].map(canonicalTag))].map((tag) => {
    const name = displayName(tag, 'language');
    const native = displayName(tag, 'language', tag);
    return { value: tag, label: native === name ? name : msg('preferences.languageOption', { native, name }) };
  });
}

/** Canonical when it can be; otherwise as given, for the server to refuse. */
export const canonicalTag = (tag: string): string => languageTag(tag) ?? tag;

export function dateFormatChoices(): Choice[] {
  return dateFormats.map((value) => ({ value, label: dateFormatLabel(value) }));
}

const timeZoneLabel = (zone: string) => zone.replaceAll('_', ' ');

/**
 * The IANA time zones whose name contains `filter` ("new york" finds America/New_York), and how
 * many matched. The current zone always stays in the list, so filtering never changes the value.
 */
export function timeZoneChoices(filter: string, current: string): { choices: Choice[]; matches: number } {
  const query = filter.trim().toLowerCase().replaceAll('_', ' ');
  const matching = timeZoneNames().filter((zone) => timeZoneLabel(zone).toLowerCase().includes(query));
  const zones = matching.includes(current) ? matching : [current, ...matching];
  return { choices: zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) })), matches: matching.length };
}
