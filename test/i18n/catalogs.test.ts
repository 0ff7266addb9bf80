import { expect } from '@open-wc/testing';
import { formatNumber, setLocale, type Translation } from '../../src/i18n/localize.js';
import { ar } from '../../src/i18n/catalogs/ar/index.js';
import { de } from '../../src/i18n/catalogs/de/index.js';
import { fr } from '../../src/i18n/catalogs/fr/index.js';
import { englishCatalog, sample } from './english-catalog.js';

/**
 * Issue 9: every catalog is complete — no missing key, no extra one, no empty text, nothing left in
 * English — and keeps every
 * placeholder: whatever the English text shows of its parameters (a name, an email, a count), the
 * translation shows too.
 */
const catalogs: [string, Translation][] = [
  ['de', de],
  ['fr', fr],
  ['ar', ar],
];

/** Words the language spells as English does ("Name" in German, "Actions" in French): not untranslated. */
const sameAsEnglish: Record<string, string[]> = {
  de: ['Name', 'Status', 'System'],
  fr: ['Sites', 'Actions', 'Date', 'Distance', 'Active'],
  ar: [],
};

describe('the catalogs', () => {
  afterEach(() => setLocale('en'));

  it('English names each row button so its accessible name contains its visible text', () => {
    const entries = englishCatalog as Record<string, string | ((p: { name: string }) => string)>;
    const mismatched = Object.keys(entries)
      .filter((key) => key.endsWith('Of') && typeof entries[key.slice(0, -2)] === 'string' && typeof entries[key] === 'function')
      .filter((key) => !(entries[key] as (p: { name: string }) => string)({ name: 'CI deploy' }).toLowerCase().includes((entries[key.slice(0, -2)] as string).toLowerCase()));
    expect(mismatched).to.deep.equal([]);
  });

  for (const [locale, catalog] of catalogs) {
    describe(locale, () => {
      it('has exactly the English keys', () => {
        const english = Object.keys(englishCatalog).sort();
        const keys = Object.keys(catalog).sort();
        expect(english.filter((k) => !keys.includes(k)), 'missing').to.deep.equal([]);
        expect(keys.filter((k) => !english.includes(k)), 'extra').to.deep.equal([]);
      });

      it("names each row button so its accessible name contains its visible text ('Revoke' → 'Revoke CI deploy')", () => {
        setLocale(locale);
        const entries = catalog as Record<string, string | ((p: { name: string }) => string)>;
        const mismatched = Object.keys(englishCatalog)
          .filter((key) => key.endsWith('Of') && typeof entries[key.slice(0, -2)] === 'string' && typeof entries[key] === 'function')
          .filter((key) => {
            const visible = (entries[key.slice(0, -2)] as string).toLocaleLowerCase(locale);
            return !(entries[key] as (p: { name: string }) => string)({ name: 'CI deploy' }).toLocaleLowerCase(locale).includes(visible);
          });
        expect(mismatched).to.deep.equal([]);
      });

      it('translates every text, keeps every placeholder and leaves nothing empty', () => {
        setLocale(locale);
        const broken: string[] = [];
        for (const [key, englishEntry] of Object.entries(englishCatalog)) {
          const entry = (catalog as Record<string, string | ((p: never) => string)>)[key];
          if (entry === undefined) continue;
          if (typeof entry !== typeof englishEntry) {
            broken.push(`${key}: a ${typeof entry} where English has a ${typeof englishEntry}`);
            continue;
          }
          const english = sample(englishEntry);
          const translated = sample(entry, english.given).text;
          if (translated.trim() === '') broken.push(`${key}: empty`);
          // Left in English: the same words, unless the text is only placeholders or a shared word.
          const words = english.text.replace(/⟪\w+⟫/g, '').replace(/[^\p{L}]/gu, '');
          if (translated === english.text && words !== '' && !sameAsEnglish[locale]!.includes(english.text)) broken.push(`${key}: still English — “${translated}”`);
          for (const [name, value] of Object.entries(english.given)) {
            if (!english.text.includes(String(value))) continue;
            const shown = typeof value === 'number' ? [String(value), formatNumber(value)] : [String(value)];
            if (!shown.some((v) => translated.includes(v))) broken.push(`${key}: loses {${name}} — “${translated}”`);
          }
        }
        expect(broken).to.deep.equal([]);
      });
    });
  }
});
