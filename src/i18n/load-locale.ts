import type { Translation } from './localize.js';

export type { Translation };

/** The languages the library ships catalogs for, besides English (and the pseudo-locale `en-XA`). */
export const shippedLocales = ['de', 'fr', 'ar'] as const;

/**
 * For `<settings-provider .loadTranslation=${loadLocale}>`: fetches the catalog of `tag`'s
 * language when it is first needed — each language is its own chunk, so a host that follows its
 * users' languages downloads only the one in use. Resolves `undefined` for a language we do not ship.
 */
export async function loadLocale(tag: string): Promise<Translation | undefined> {
  const language = tag.toLowerCase().split('-')[0];
  if (tag.toLowerCase() === 'en-xa') {
    // A transform, not a catalog: importing the module registers it.
    await import('./catalogs/pseudo/register.js');
    return undefined;
  }
  switch (language) {
    case 'de':
      return (await import('./catalogs/de/register.js')).de;
    case 'fr':
      return (await import('./catalogs/fr/register.js')).fr;
    case 'ar':
      return (await import('./catalogs/ar/register.js')).ar;
    default:
      return undefined;
  }
}
