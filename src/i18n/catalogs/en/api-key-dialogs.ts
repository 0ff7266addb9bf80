/**
 * Strings of the API keys panel's dialogs (English): Create key, a key's details, API key policy and
 * Revoke, and what the panel says after one. They arrive with the dialogs' code
 * (`<settings-api-key-dialogs>`), when the first one opens: most visitors of the section only read the list.
 */
export const apiKeyDialogsMessages = {
  'apiKeys.field.nameHint': 'Name it after what uses it, e.g. “CI deploy”. Active keys need different names.',
  'apiKeys.access.noneGrantable': 'Your role holds no scope a key could be given, so you cannot create keys here.',
  'apiKeys.details.heading': (p: { name: string }) => `API key “${p.name}”`,
  'apiKeys.details.prefix': 'Starts with',
  'apiKeys.details.createdBy': 'Created by',
  'apiKeys.details.disabled': 'Disabled',
  'apiKeys.details.revoked': 'Revoked',
  'apiKeys.details.replaces': 'Replaces',
  'apiKeys.details.replacedBy': 'Replaced by',
  'apiKeys.details.close': 'Close',
  'apiKeys.policy.heading': 'API key policy',
  'apiKeys.policy.field.maxLifetime': 'Longest lifetime of a new key',
  'apiKeys.policy.field.maxLifetimeHint': 'Existing keys keep their expiry date. Without a limit, keys may never expire.',
  'apiKeys.policy.noLimitOption': 'No limit',
  'apiKeys.policy.field.warning': 'Flag keys before they expire',
  'apiKeys.policy.warningDays': (p: { days: number }) => `${p.days} days ahead`,
  'apiKeys.policy.save': 'Save policy',
  'apiKeys.policy.saving': 'Saving…',
  'apiKeys.policy.saved': 'Key policy saved.',
  'apiKeys.revoke.recentlyUsed': (p: { name: string }) =>
    `“${p.name}” was used recently. Disable it first: requests using it fail, and you can enable it again if something still needs it.`,
  'apiKeys.revoke.disableInstead': 'Disable instead',
  'apiKeys.created': (p: { name: string }) => `API key “${p.name}” created.`,
  'apiKeys.createdWhileAway': (p: { name: string }) =>
    `API key “${p.name}” was created after you left this page, so its secret could not be shown. Revoke it and create a new key if you need the secret.`,
  'apiKeys.revoke.heading': (p: { name: string }) => `Revoke “${p.name}”?`,
  'apiKeys.revoke.typeName': (p: { name: string }) => `Type ${p.name} to confirm`,
  'apiKeys.revoked': (p: { name: string }) => `“${p.name}” was revoked.`,
};
