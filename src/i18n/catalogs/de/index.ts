import type { Translation } from '../../localize.js';
import { adminTeamDe } from './admin-team.js';
import { apiKeysDe } from './api-keys.js';
import { billingDe } from './billing.js';
import { companyMembersDe } from './company-members.js';
import { coreDe } from './core.js';
import { dataPreferencesDe } from './data-preferences.js';
import { dataRepositoryDe } from './data-repository.js';
import { membersDe } from './members.js';
import { membershipDe } from './membership.js';
import { preferencesDe } from './preferences.js';
import { profileDe } from './profile.js';
import { sitesDe } from './sites.js';

/** The complete German catalog. */
export const de: Translation = {
  ...coreDe,
  ...profileDe,
  ...preferencesDe,
  ...membershipDe,
  ...sitesDe,
  ...dataPreferencesDe,
  ...companyMembersDe,
  ...membersDe,
  ...adminTeamDe,
  ...apiKeysDe,
  ...billingDe,
  ...dataRepositoryDe,
};
