/**
 * Strings of an API key's fields (English): name, lifetime and access, in Create key and in a
 * rotation's replacement. They arrive with those fields' code (`api-key-fields.ts`), which comes with
 * the panel's dialogs or with the rotation, not with the list.
 */
export const apiKeyFieldsMessages = {
  'apiKeys.field.name': 'Name',
  'apiKeys.field.expiry': 'Expires after',
  'apiKeys.expiry.days': (p: { days: number }) => `${p.days} days`,
  'apiKeys.expiry.never': 'Never',
  'apiKeys.expiry.max': (p: { days: number }) => `${p.days} days (the longest allowed)`,
  'apiKeys.expiry.policy': (p: { days: number }) => `Your organization allows keys for at most ${p.days} days.`,
  'apiKeys.access.fullHint': 'Everything the API allows, including what is added later. Offered because you hold every scope.',
  'apiKeys.access.scoped': 'Only what I choose',
  'apiKeys.access.scopedHint': 'Only the scopes you hold yourself are offered.',
  'apiKeys.access.none': 'No access',
  'apiKeys.access.read': 'Read',
  'apiKeys.access.readWrite': 'Read and write',
  'apiKeys.access.chooseOne': 'Choose at least one thing the key may do.',
  'apiKeys.area.sites.description': 'The sites of every company: addresses and time zones.',
  'apiKeys.area.members.description': 'Who belongs to each company, and with which role.',
  'apiKeys.area.company-data.description': 'Each company’s data preferences.',
  'apiKeys.area.admin-team.description': 'The organization’s admin team and their company access.',
  'apiKeys.area.billing.description': 'Plan, billing profile and invoices.',
  'apiKeys.area.data-repository.description': 'Storage region, retention and sharing settings.',
};
