import { expect } from '@open-wc/testing';
import { formatMoney, formatRelative, getLocale, msg, registerTranslation, setLocale, withLocale } from '../../src/i18n/localize.js';

describe('localization', () => {
  afterEach(() => setLocale('en'));

  it('renders English strings, with parameters', () => {
    expect(msg('section.organization/api-keys')).to.equal('API keys');
    expect(msg('access.viewOnly', { role: 'Viewer' })).to.equal('View only: your role is Viewer.');
  });

  it('uses a translation where it has the key and English where it has not', () => {
    setLocale('de-DE', { 'section.personal/general': 'Allgemein', 'access.viewOnly': ({ role }) => `Nur ansehen: Ihre Rolle ist ${role}.` });
    expect(getLocale()).to.equal('de-DE');
    expect(msg('section.personal/general')).to.equal('Allgemein');
    expect(msg('access.viewOnly', { role: 'Viewer' })).to.equal('Nur ansehen: Ihre Rolle ist Viewer.');
    expect(msg('section.personal/preferences')).to.equal('Preferences');
  });

  it('formats money and relative times for the configured locale', () => {
    setLocale('de-DE');
    expect(formatMoney({ amount: 121800, currency: 'EUR' })).to.equal('1.218,00\u00a0€');
    setLocale('en-US');
    expect(formatMoney({ amount: 500, currency: 'JPY' })).to.equal('¥500');
    expect(formatRelative(new Date(Date.now() - 3 * 86_400_000).toISOString())).to.equal('3 days ago');
  });

  it('speaks a scope\'s locale inside withLocale, nested scopes too, and the page\'s again after it (a throw included)', () => {
    registerTranslation('nl', { 'section.personal/general': 'Algemeen' });
    setLocale('de-DE');
    const inside = withLocale('nl', () => {
      const outer = [getLocale(), msg('section.personal/general'), formatMoney({ amount: 100, currency: 'EUR' })];
      const inner = withLocale('en-US', () => [getLocale(), msg('section.personal/general')]);
      // No locale of its own: the one in effect.
      const kept = withLocale(undefined, () => getLocale());
      return { outer, inner, kept, after: getLocale() };
    });
    expect(inside.outer).to.deep.equal(['nl', 'Algemeen', new Intl.NumberFormat('nl', { style: 'currency', currency: 'EUR' }).format(1)]);
    expect(inside.inner).to.deep.equal(['en-US', 'General']);
    expect(inside.kept).to.equal('nl');
    expect(inside.after).to.equal('nl');
    expect(() => withLocale('en-US', () => { throw new Error('render failed'); })).to.throw('render failed');
    expect(getLocale()).to.equal('de-DE');
    expect(formatMoney({ amount: 121800, currency: 'EUR' })).to.equal('1.218,00\u00a0€');
  });
});
