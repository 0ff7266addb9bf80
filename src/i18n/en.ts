import { adminTeamMessages } from './en/admin-team.js';
import { apiKeysMessages } from './en/api-keys.js';
import { billingMessages } from './en/billing.js';
import { companyMembersMessages } from './en/company-members.js';
import { coreMessages } from './en/core.js';
import { dataPreferencesMessages } from './en/data-preferences.js';
import { dataRepositoryMessages } from './en/data-repository.js';
import { membershipMessages } from './en/membership.js';
import { preferencesMessages } from './en/preferences.js';
import { profileMessages } from './en/profile.js';
import { sitesMessages } from './en/sites.js';

/**
 * The English catalog: every user-visible string of the library, one file per area under `en/`.
 * Keys are stable; a translation supplies the same keys (missing ones fall back to English, so
 * nothing ever renders empty). Wording follows the product's help page, which customers read while
 * they click.
 */
export const en = {
  ...coreMessages,
  ...profileMessages,
  ...preferencesMessages,
  ...membershipMessages,
  ...sitesMessages,
  ...dataPreferencesMessages,
  ...companyMembersMessages,
  ...adminTeamMessages,
  ...apiKeysMessages,
  ...billingMessages,
  ...dataRepositoryMessages,
};

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
