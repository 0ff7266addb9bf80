import type { Translation } from '../../localize.js';
import { adminTeamFr } from './admin-team.js';
import { apiKeysFr } from './api-keys.js';
import { billingFr } from './billing.js';
import { companyMembersFr } from './company-members.js';
import { coreFr } from './core.js';
import { dataPreferencesFr } from './data-preferences.js';
import { dataRepositoryFr } from './data-repository.js';
import { membersFr } from './members.js';
import { membershipFr } from './membership.js';
import { preferencesFr } from './preferences.js';
import { profileFr } from './profile.js';
import { sitesFr } from './sites.js';

/**
 * The complete French catalog. Typography: `\u00a0` inside « », `\u202f` before ; : ! ? (written as
 * escapes, since raw no-break spaces are invisible and not allowed in template literals by ESLint).
 */
export const fr: Translation = {
  ...coreFr,
  ...profileFr,
  ...preferencesFr,
  ...membershipFr,
  ...sitesFr,
  ...dataPreferencesFr,
  ...companyMembersFr,
  ...membersFr,
  ...adminTeamFr,
  ...apiKeysFr,
  ...billingFr,
  ...dataRepositoryFr,
};
