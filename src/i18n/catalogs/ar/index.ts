import type { Translation } from '../../localize.js';
import { adminTeamAr } from './admin-team.js';
import { apiKeysAr } from './api-keys.js';
import { billingAr } from './billing.js';
import { companyMembersAr } from './company-members.js';
import { coreAr } from './core.js';
import { dataPreferencesAr } from './data-preferences.js';
import { dataRepositoryAr } from './data-repository.js';
import { membersAr } from './members.js';
import { membershipAr } from './membership.js';
import { preferencesAr } from './preferences.js';
import { profileAr } from './profile.js';
import { sitesAr } from './sites.js';

/** The complete Arabic catalog. */
export const ar: Translation = {
  ...coreAr,
  ...profileAr,
  ...preferencesAr,
  ...membershipAr,
  ...sitesAr,
  ...dataPreferencesAr,
  ...companyMembersAr,
  ...membersAr,
  ...adminTeamAr,
  ...apiKeysAr,
  ...billingAr,
  ...dataRepositoryAr,
};
