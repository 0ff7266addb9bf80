/**
 * How <settings-app> loads a built-in section's code: a dynamic import of the section's define module,
 * one chunk per section in a host's bundle, fetched when the section is first needed.
 *
 * Written by `npm run sync-defines` from src/access/sections.ts and src/define/: do not edit by hand.
 */
export const sectionLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'settings-profile': () => import('../../define/settings-profile.js'),
  'settings-preferences': () => import('../../define/settings-preferences.js'),
  'settings-membership': () => import('../../define/settings-membership.js'),
  'settings-sites': () => import('../../define/settings-sites.js'),
  'settings-data-preferences': () => import('../../define/settings-data-preferences.js'),
  'settings-company-members': () => import('../../define/settings-company-members.js'),
  'settings-admin-team': () => import('../../define/settings-admin-team.js'),
  'settings-api-keys': () => import('../../define/settings-api-keys.js'),
  'settings-billing': () => import('../../define/settings-billing.js'),
  'settings-data-repository': () => import('../../define/settings-data-repository.js'),
};
