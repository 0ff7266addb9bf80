// Written by `npm run analyze` (custom-elements-manifest.config.mjs) from the @csspart JSDoc of
// SettingsPanel and of each built-in panel: do not edit by hand.

/** The kit's shared parts, in every panel (ours and a host's). */
export const sharedParts = 'state skeleton empty error view-only access-notice status actions toolbar list row row-actions more dialog';

/** Each built-in panel's own parts, by tag. */
export const panelParts: Readonly<Record<string, string>> = {
  'settings-admin-team': 'company-list',
  'settings-api-keys': 'create-button policy expiring',
  'settings-billing': 'not-set-up plan profile form payment-method invoices',
  'settings-company-members': 'header',
  'settings-data-preferences': 'form values preview',
  'settings-data-repository': 'intro form values',
  'settings-membership': 'organization companies',
  'settings-preferences': 'form auto-save',
  'settings-profile': 'profile avatar password',
  'settings-sites': 'header',
};
