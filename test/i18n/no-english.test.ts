import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsClient } from '../../src/api/client.js';
import { setLocale, type Translation } from '../../src/i18n/localize.js';
import { ar } from '../../src/i18n/catalogs/ar/register.js';
import { de } from '../../src/i18n/catalogs/de/register.js';
import { fr } from '../../src/i18n/catalogs/fr/register.js';
import '../../src/i18n/catalogs/pseudo/register.js';
import { allElements, allTasksComplete, renderInProvider } from '../support/render.js';
import { englishCatalog, sample, wordsOf } from './english-catalog.js';

/**
 * Issue 9: every panel rendered in every language shows no English of ours. The words a page may
 * not contain are those of the English catalog that the language's own catalog never uses (so a
 * word both languages share, like "Name", is fine) and that no data of the mock tenant holds
 * (names, emails, role names, sites come from the server). In the pseudo-locale every string of
 * ours is accented: any plain English word of the catalog left on the page is hard-coded.
 */
const panels: [string, TemplateResult][] = [
  ['app', html`<settings-app></settings-app>`],
  ['profile', html`<settings-profile></settings-profile>`],
  ['preferences', html`<settings-preferences></settings-preferences>`],
  ['membership', html`<settings-membership></settings-membership>`],
  ['sites', html`<settings-sites></settings-sites>`],
  ['data preferences', html`<settings-data-preferences></settings-data-preferences>`],
  ['members', html`<settings-company-members></settings-company-members>`],
  ['admin team', html`<settings-admin-team></settings-admin-team>`],
  ['API keys', html`<settings-api-keys></settings-api-keys>`],
  ['billing', html`<settings-billing></settings-billing>`],
  ['data repository', html`<settings-data-repository></settings-data-repository>`],
];

const catalogWords = (catalog: Record<string, string | ((p: never) => string)>) =>
  new Set(Object.entries(catalog).flatMap(([key, entry]) => wordsOf(sample(entry, sample(englishCatalog[key] ?? entry).given).text)));

/** Every string the owner's API answers hold: data, not ours. */
async function dataWords(client: SettingsClient): Promise<Set<string>> {
  const session = await client.getSession();
  const company = session.companies[0]!.id;
  const answers = await Promise.all([
    client.getProfile(), client.getPreferences(), client.getMemberships(), client.listOrganizationCompanies({ limit: 100 }),
    client.listAdminTeam({ limit: 100 }), client.listApiKeys({ status: 'all', limit: 100 }), client.getApiKeyPolicy(), client.getBilling(),
    client.getDataRepository(), client.listSites(company, { limit: 100 }), client.getDataPreferences(company), client.listCompanyMembers(company, { limit: 100 }),
  ]);
  const strings: string[] = [];
  JSON.stringify([session, answers], (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
  return new Set(strings.flatMap(wordsOf));
}

/**
 * Words the browser's `Intl` writes in `locale`: month and weekday names (German "Do" is not the
 * English "do"), relative times, list joiners, language, region and currency names and codes, time
 * zone ids. Localized by the platform, not by us — and English in the pseudo-locale.
 */
const intlWordsByLocale = new Map<string, Set<string>>();
function intlWords(locale: string): Set<string> {
  const known = intlWordsByLocale.get(locale);
  if (known) return known;
  const texts: string[] = [...Intl.supportedValuesOf('timeZone'), ...Intl.supportedValuesOf('currency')];
  for (const month of ['long', 'short', 'narrow'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, weekday: month, timeZone: 'UTC' });
    for (let day = 0; day < 31 * 12; day += 5) texts.push(format.format(new Date(Date.UTC(2026, 0, 1 + day))));
  }
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const) {
    for (const n of [-3, -2, -1, 0, 1, 2, 3]) texts.push(relative.format(n, unit));
  }
  for (const type of ['conjunction', 'disjunction'] as const) texts.push(new Intl.ListFormat(locale, { type }).format(['1', '2', '3']));
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
  const currencies = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      texts.push(regions.of(`${a}${b}`.toUpperCase()) ?? '', languages.of(`${a}${b}`) ?? '');
      for (const region of ['US', 'GB', 'DE', 'FR', 'MX', 'BR', 'CA', 'CN', 'TW', 'PT', 'ES', 'EG', 'SA']) texts.push(languages.of(`${a}${b}-${region}`) ?? '');
    }
  }
  for (const code of Intl.supportedValuesOf('currency')) texts.push(currencies.of(code) ?? '');
  const words = new Set(texts.flatMap(wordsOf));
  intlWordsByLocale.set(locale, words);
  return words;
}

/** What a user reads or hears: text, labels, placeholders, titles, dialog headings. */
function pageWords(root: Element): string[] {
  const texts: string[] = [];
  for (const el of allElements(root)) {
    if (el.closest('style, script') || el.matches('style, script')) continue;
    for (const node of [...el.childNodes, ...(el.shadowRoot ? [...el.shadowRoot.childNodes] : [])]) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    }
    for (const attribute of ['aria-label', 'placeholder', 'title', 'heading', 'alt']) {
      const value = el.getAttribute(attribute);
      if (value) texts.push(value);
    }
  }
  return texts.flatMap(wordsOf);
}

const locales: [string, Translation | undefined][] = [['de', de], ['fr', fr], ['ar', ar], ['en-XA', undefined]];

describe('no English left in another language', () => {
  afterEach(() => setLocale('en'));
  const english = catalogWords(englishCatalog);

  for (const [locale, catalog] of locales) {
    describe(locale, () => {
      for (const [name, panel] of panels) {
        it(`${name}: every word of ours is in ${locale}`, async () => {
          const client = createMockClient({ persona: 'owner', db: createMockDb() });
          const data = await dataWords(client);
          const own = catalog ? catalogWords(catalog) : new Set<string>();
          const platform = intlWords(locale);
          const forbidden = new Set([...english].filter((w) => !own.has(w) && !data.has(w) && !platform.has(w)));
          const { element } = await renderInProvider<HTMLElement>(panel, { client, locale });
          await allTasksComplete(element);
          const loaded = !element.shadowRoot?.querySelector('[part~=state]:not([part~=error]):not([part~=empty])') && element.shadowRoot!.childElementCount > 0;
          expect(loaded, 'never loaded').to.equal(true);
          const left = [...new Set(pageWords(element).filter((w) => forbidden.has(w)))];
          expect(left, `English on the ${name} page in ${locale}`).to.deep.equal([]);
        });
      }
    });
  }
});
