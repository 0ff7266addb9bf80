/**
 * The languages the library ships catalogs for besides English: one folder each under
 * src/i18n/catalogs/, beside `en/` (the source) and `pseudo/` (a transform of the English, so it
 * needs no entries).
 */
import { readdirSync } from 'node:fs';
import { capitalize } from '../../../bin/lib/names.mjs';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `[{ code: 'de', suffix: 'De', englishName: 'German' }, …]`: `suffix` names the areas (`billingDe`). */
export function shippedLanguages(root) {
  return readdirSync(`${root}src/i18n/catalogs`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en' && entry.name !== 'pseudo')
    .map(({ name: code }) => ({ code, suffix: capitalize(code), englishName: englishNames.of(code) }));
}
