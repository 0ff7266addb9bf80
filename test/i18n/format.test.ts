import { expect } from '@open-wc/testing';
import * as format from '../../src/i18n/localize.js';
import { setLocale } from '../../src/i18n/localize.js';

/**
 * The fallbacks of the formatters (in `src/i18n/localize.ts`): a value from the server that `Intl`
 * refuses (a Java locale, a date that does not parse, a currency or zone nobody knows) shows as
 * something readable and never throws — one bad row must not keep a whole panel on its skeleton.
 */
describe('formatting values from the server', () => {
  beforeEach(() => setLocale('en-US'));
  afterEach(() => setLocale('en'));

  describe('language tags', () => {
    it('canonicalises them, Java and Python spelling included', () => {
      expect(format.languageTag('en_US')).to.equal('en-US');
      expect(format.languageTag('EN-gb')).to.equal('en-GB');
      expect(format.languageTag('zh_Hant_TW')).to.equal('zh-Hant-TW');
      expect(format.languageTag('fr')).to.equal('fr');
    });

    it('answers undefined for what is no language tag', () => {
      expect(format.languageTag('xx-invalid-tag-')).to.equal(undefined);
      expect(format.languageTag('')).to.equal(undefined);
      expect(format.languageTag(null as unknown as string)).to.equal(undefined);
    });
  });

  describe('display names', () => {
    it('names a language, a region and a currency', () => {
      expect(format.displayName('de-DE', 'language')).to.equal('German (Germany)');
      expect(format.displayName('de-DE', 'language', 'de-DE')).to.equal('Deutsch (Deutschland)');
      expect(format.displayName('GB', 'region')).to.equal('United Kingdom');
      expect(format.displayName('EUR', 'currency')).to.equal('Euro');
    });

    it('shows a malformed code as itself, in any locale', () => {
      expect(format.displayName('en_US', 'language')).to.equal('en_US');
      expect(format.displayName('xx-invalid-tag-', 'language')).to.equal('xx-invalid-tag-');
      expect(format.displayName('xx-invalid-tag-', 'language', 'xx-invalid-tag-')).to.equal('xx-invalid-tag-');
      expect(format.displayName('XXX1', 'currency')).to.equal('XXX1');
      expect(format.displayName('', 'currency')).to.equal('');
      expect(format.displayName('Narnia', 'region')).to.equal('Narnia');
    });
  });

  describe('dates', () => {
    it('formats a valid one', () => {
      expect(format.formatDate('2025-06-02T09:00:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).to.equal('Jun 2, 2025');
      expect(format.formatDate(Date.UTC(2027, 11, 1), { month: 'short', year: 'numeric', timeZone: 'UTC' })).to.equal('Dec 2027');
    });

    it('shows "Unknown" for an invalid, empty or missing one', () => {
      for (const value of ['not a date', '', '2025-13-45T25:61:00Z', null, undefined, Number.NaN]) {
        expect(format.formatDate(value), String(value)).to.equal('Unknown');
        expect(format.formatDateTime(value), String(value)).to.equal('Unknown');
      }
    });

    it('shows the name of a time zone Intl does not know', () => {
      expect(format.formatDate('2025-06-02T09:00:00Z', { timeStyle: 'short', timeZone: 'Mars/Olympus' })).to.equal('Mars/Olympus');
      expect(format.formatDate('2025-06-02T09:00:00Z', { timeStyle: 'short', timeZone: 'Asia/Tokyo' })).to.equal('6:00 PM');
    });

    it('tells a time zone Intl knows from one it does not', () => {
      expect(format.isTimeZone('Europe/Paris')).to.equal(true);
      expect(format.isTimeZone('UTC')).to.equal(true);
      expect(format.isTimeZone('Mars/Olympus')).to.equal(false);
      expect(format.isTimeZone('')).to.equal(false);
    });

    it('falls back the same way for relative times', () => {
      const now = Date.parse('2025-06-02T09:00:00Z');
      expect(format.formatRelative('2025-05-30T09:00:00Z', now)).to.equal('3 days ago');
      for (const value of ['not a date', '', null]) expect(format.formatRelative(value, now), String(value)).to.equal('Unknown');
    });
  });

  describe('numbers and money', () => {
    it('formats a known currency', () => {
      expect(format.formatCurrency(12345.67, 'EUR')).to.equal('€12,345.67');
      expect(format.formatMoney({ amount: 121800, currency: 'EUR' })).to.equal('€1,218.00');
      expect(format.formatMoney({ amount: 500, currency: 'JPY' })).to.equal('¥500');
    });

    it('shows the amount with its code for a currency Intl refuses', () => {
      expect(format.formatCurrency(12345.67, 'XXX1')).to.equal('12,345.67 XXX1');
      expect(format.formatCurrency(12345.67, '')).to.equal('12,345.67');
      expect(format.formatMoney({ amount: 121800, currency: 'XXX1' })).to.equal('1,218.00 XXX1');
      expect(format.formatMoney({ amount: 121800, currency: '' })).to.equal('1,218.00');
    });
  });

  it('joins a list even when the server left a name out', () => {
    expect(format.formatList(['Retail', 'Wholesale'])).to.equal('Retail and Wholesale');
    const joined = format.formatList(['Retail', null as unknown as string, 'Wholesale']);
    expect(joined).to.contain('Retail').and.to.contain('Wholesale').and.not.to.contain('null');
  });
});
