import { getLocale } from './localize.js';

/**
 * Picks the form for `count` under the current locale's plural rules (`Intl.PluralRules`): English
 * and German need `one`/`other`, French treats 0 as `one`, Arabic has `zero`, `one`, `two`, `few`,
 * `many` and `other`. A form the catalog leaves out falls back to `other`.
 */
export function plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(getLocale()).select(count)] ?? forms.other;
}
