import { adminTeamFormMessages } from '../../src/i18n/catalogs/en/admin-team-form.js';
import { adminTeamMessages } from '../../src/i18n/catalogs/en/admin-team.js';
import { apiKeyDialogsMessages } from '../../src/i18n/catalogs/en/api-key-dialogs.js';
import { apiKeyFieldsMessages } from '../../src/i18n/catalogs/en/api-key-fields.js';
import { apiKeyRotationMessages } from '../../src/i18n/catalogs/en/api-key-rotation.js';
import { apiKeySecretMessages } from '../../src/i18n/catalogs/en/api-key-secret.js';
import { apiKeysMessages } from '../../src/i18n/catalogs/en/api-keys.js';
import { billingMessages } from '../../src/i18n/catalogs/en/billing.js';
import { companyMembersMessages } from '../../src/i18n/catalogs/en/company-members.js';
import { coreMessages } from '../../src/i18n/catalogs/en/core.js';
import { dataPreferencesMessages } from '../../src/i18n/catalogs/en/data-preferences.js';
import { dataRepositoryMessages } from '../../src/i18n/catalogs/en/data-repository.js';
import { membersMessages } from '../../src/i18n/catalogs/en/members.js';
import { membershipMessages } from '../../src/i18n/catalogs/en/membership.js';
import { preferencesMessages } from '../../src/i18n/catalogs/en/preferences.js';
import { profileMessages } from '../../src/i18n/catalogs/en/profile.js';
import { sitesMessages } from '../../src/i18n/catalogs/en/sites.js';

/** Every English string of the library, as one catalog (the panels register theirs when loaded). */
export const englishCatalog: Record<string, string | ((params: never) => string)> = {
  ...coreMessages,
  ...profileMessages,
  ...preferencesMessages,
  ...membershipMessages,
  ...sitesMessages,
  ...dataPreferencesMessages,
  ...companyMembersMessages,
  ...membersMessages,
  ...adminTeamMessages,
  ...adminTeamFormMessages,
  ...apiKeysMessages,
  ...apiKeyDialogsMessages,
  ...apiKeyFieldsMessages,
  ...apiKeySecretMessages,
  ...apiKeyRotationMessages,
  ...billingMessages,
  ...dataRepositoryMessages,
};

/** The words of a text, lower-cased, for telling languages apart. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
}

const numeric = new Set(['count', 'days', 'hours', 'max', 'seconds', 'step', 'warning']);

/**
 * Calls a catalog entry with sample parameters: numbers for the counting ones, a recognisable
 * token for every other (`⟪name⟫`). Returns the text and the tokens it was given.
 */
export function sample(entry: string | ((params: never) => string), params?: Record<string, unknown>): { text: string; given: Record<string, unknown> } {
  if (typeof entry === 'string') return { text: entry, given: {} };
  const given: Record<string, unknown> = params ?? {};
  if (!params) {
    // Learn the parameter names from the English entry itself.
    const probe = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? (given[key] ??= numeric.has(key) ? 3 : `⟪${key}⟫`) : undefined) });
    (entry as (p: unknown) => string)(probe);
  }
  return { text: (entry as (p: unknown) => string)(given), given };
}
