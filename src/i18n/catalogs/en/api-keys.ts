/**
 * Strings of the api-keys panel (English). The guided rotation's are in `api-key-rotation.ts`: they
 * arrive with its code, when a manager first rotates a key.
 */
export const apiKeysMessages = {
  // list
  'apiKeys.search': 'Search keys by name',
  'apiKeys.filter': 'Show',
  'apiKeys.filter.active': 'Active and disabled keys',
  'apiKeys.filter.expiring': 'Expiring soon',
  'apiKeys.filter.all': 'All keys',
  'apiKeys.column.name': 'Name',
  'apiKeys.column.created': 'Created',
  'apiKeys.column.lastUsed': 'Last used',
  'apiKeys.column.expires': 'Expires',
  'apiKeys.column.status': 'Status',
  'apiKeys.column.actions': 'Actions',
  'apiKeys.status.active': 'Active',
  'apiKeys.status.expired': 'Expired',
  'apiKeys.status.revoked': 'Revoked',
  'apiKeys.status.disabled': 'Disabled',
  'apiKeys.expiresSoon': 'Expires soon',
  'apiKeys.replacedBy': (p: { name: string }) => `replaced by “${p.name}”`,
  'apiKeys.replacedByNewer': 'replaced by a newer key',
  'apiKeys.detailsOf': (p: { name: string }) => `Details of ${p.name}`,
  'apiKeys.createdBy': (p: { name: string }) => `by ${p.name}`,
  'apiKeys.neverUsed': 'Never used',
  'apiKeys.neverExpires': 'Never expires',
  'apiKeys.replaces': (p: { name: string }) => `Replaces “${p.name}”`,
  'apiKeys.rotationInProgress': 'Rotation in progress',
  'apiKeys.count': (p: { shown: string; total: string }) => `Showing ${p.shown} of ${p.total} keys`,
  'apiKeys.more': 'Show more',
  'apiKeys.empty.active': 'There are no active API keys.',
  'apiKeys.empty.expiring': 'No key expires soon.',
  'apiKeys.empty.all': 'There are no API keys yet.',
  'apiKeys.empty.search': (p: { query: string }) => `No key matches “${p.query}”. Try another name.`,
  'apiKeys.empty.next': 'Create a key to let an integration call the API on behalf of your organization.',

  // create
  'apiKeys.create': 'Create key',
  'apiKeys.creating': 'Creating…',
  /** The create form's button once the key its request made is no longer active (409 `idempotency_key_spent`). */
  'apiKeys.createNew': 'Create a new key',
  'apiKeys.cancel': 'Cancel',
  'apiKeys.field.name': 'Name',
  'apiKeys.field.nameHint': 'Name it after what uses it, e.g. “CI deploy”. Active keys need different names.',
  'apiKeys.field.expiry': 'Expires after',
  'apiKeys.expiry.days': (p: { days: number }) => `${p.days} days`,
  'apiKeys.expiry.never': 'Never',
  'apiKeys.expiry.max': (p: { days: number }) => `${p.days} days (the longest allowed)`,
  'apiKeys.expiry.policy': (p: { days: number }) => `Your organization allows keys for at most ${p.days} days.`,

  // scopes
  'apiKeys.access': 'Access',
  'apiKeys.access.full': 'Full access',
  'apiKeys.access.fullHint': 'Everything the API allows, including what is added later. Offered because you hold every scope.',
  'apiKeys.access.scoped': 'Only what I choose',
  'apiKeys.access.scopedHint': 'Only the scopes you hold yourself are offered.',
  'apiKeys.access.none': 'No access',
  'apiKeys.access.read': 'Read',
  'apiKeys.access.readWrite': 'Read and write',
  'apiKeys.access.chooseOne': 'Choose at least one thing the key may do.',
  'apiKeys.access.noneGrantable': 'Your role holds no scope a key could be given, so you cannot create keys here.',
  'apiKeys.access.more': (p: { count: number }) => `+${p.count} more`,
  'apiKeys.area.sites': 'Sites',
  'apiKeys.area.sites.description': 'The sites of every company: addresses and time zones.',
  'apiKeys.area.members': 'Company members',
  'apiKeys.area.members.description': 'Who belongs to each company, and with which role.',
  'apiKeys.area.company-data': 'Data preferences',
  'apiKeys.area.company-data.description': 'Each company’s data preferences.',
  'apiKeys.area.admin-team': 'Admin team',
  'apiKeys.area.admin-team.description': 'The organization’s admin team and their company access.',
  'apiKeys.area.billing': 'Billing',
  'apiKeys.area.billing.description': 'Plan, billing profile and invoices.',
  'apiKeys.area.data-repository': 'Data repository',
  'apiKeys.area.data-repository.description': 'Storage region, retention and sharing settings.',
  'apiKeys.level.read': 'read',
  'apiKeys.level.write': 'write',

  // details
  'apiKeys.details.heading': (p: { name: string }) => `API key “${p.name}”`,
  'apiKeys.details.prefix': 'Starts with',
  'apiKeys.details.createdBy': 'Created by',
  'apiKeys.details.disabled': 'Disabled',
  'apiKeys.details.revoked': 'Revoked',
  'apiKeys.details.replaces': 'Replaces',
  'apiKeys.details.replacedBy': 'Replaced by',
  'apiKeys.details.close': 'Close',

  // policy
  'apiKeys.policy.maxLifetime': (p: { days: number; warning: number }) =>
    `New keys expire after at most ${p.days} days. Keys are flagged ${p.warning} days before they expire.`,
  'apiKeys.policy.noLimit': (p: { warning: number }) => `Keys may be created without an expiry date. Keys are flagged ${p.warning} days before they expire.`,
  'apiKeys.policy.setBy': (p: { name: string; date: string }) => `Key policy set by ${p.name} on ${p.date}.`,
  'apiKeys.policy.default': 'This is the default key policy.',
  'apiKeys.policy.askOwner': 'An organization Owner can change it.',
  'apiKeys.policy.edit': 'Edit key policy',
  'apiKeys.policy.heading': 'API key policy',
  'apiKeys.policy.field.maxLifetime': 'Longest lifetime of a new key',
  'apiKeys.policy.field.maxLifetimeHint': 'Existing keys keep their expiry date. Without a limit, keys may never expire.',
  'apiKeys.policy.noLimitOption': 'No limit',
  'apiKeys.policy.field.warning': 'Flag keys before they expire',
  'apiKeys.policy.warningDays': (p: { days: number }) => `${p.days} days ahead`,
  'apiKeys.policy.save': 'Save policy',
  'apiKeys.policy.saving': 'Saving…',
  'apiKeys.policy.saved': 'Key policy saved.',

  // expiry warnings
  'apiKeys.expiring.count': (p: { count: number; days: number }) =>
    p.days === 7
      ? p.count === 1 ? '1 key expires this week' : `${p.count} keys expire this week`
      : p.count === 1 ? `1 key expires within ${p.days} days` : `${p.count} keys expire within ${p.days} days`,
  'apiKeys.expiring.next': 'Rotate them before they expire, so integrations keep working.',
  'apiKeys.expiring.showAll': 'Show all expiring keys',

  // disable / enable
  'apiKeys.disable': 'Disable',
  'apiKeys.disableOf': (p: { name: string }) => `Disable ${p.name}`,
  'apiKeys.enable': 'Enable',
  'apiKeys.enableOf': (p: { name: string }) => `Enable ${p.name}`,
  'apiKeys.disabled': (p: { name: string }) => `“${p.name}” was disabled. Requests using it fail until you enable it again.`,
  'apiKeys.enabled': (p: { name: string }) => `“${p.name}” was enabled again.`,
  'apiKeys.revoke.recentlyUsed': (p: { name: string }) =>
    `“${p.name}” was used recently. Disable it first: requests using it fail, and you can enable it again if something still needs it.`,
  'apiKeys.revoke.disableInstead': 'Disable instead',
  'apiKeys.revokeNowOf': (p: { name: string }) => `Revoke now: ${p.name}`,
  'apiKeys.revokeNow': 'Revoke now',
  'apiKeys.created': (p: { name: string }) => `API key “${p.name}” created.`,
  'apiKeys.createdWhileAway': (p: { name: string }) =>
    `API key “${p.name}” was created after you left this page, so its secret could not be shown. Revoke it and create a new key if you need the secret.`,

  // the secret, shown once
  'apiKeys.secret.heading': (p: { name: string }) => `New API key “${p.name}”`,
  'apiKeys.secret.once': "Copy this secret now. You won't see it again.",
  'apiKeys.secret.copy': 'Copy',
  'apiKeys.secret.copied': 'Copied',
  'apiKeys.secret.selected': 'Copying is not available here. The secret is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'apiKeys.secret.saved': 'I have saved this secret',
  'apiKeys.secret.done': 'Done',

  // revoke
  'apiKeys.revoke': 'Revoke',
  'apiKeys.revokeOf': (p: { name: string }) => `Revoke ${p.name}`,
  'apiKeys.revoking': 'Revoking…',
  'apiKeys.revoke.heading': (p: { name: string }) => `Revoke “${p.name}”?`,
  'apiKeys.revoke.consequence': 'Requests using that key will fail immediately with authentication errors.',
  'apiKeys.revoke.typeName': (p: { name: string }) => `Type ${p.name} to confirm`,
  'apiKeys.revoked': (p: { name: string }) => `“${p.name}” was revoked.`,

  // rotate
  'apiKeys.rotate': 'Rotate',
  'apiKeys.rotateOf': (p: { name: string }) => `Rotate ${p.name}`,
  'apiKeys.continueRotation': 'Continue rotation',
  'apiKeys.continueRotationOf': (p: { name: string }) => `Continue rotation of ${p.name}`,
  /** The guided rotation's code did not arrive (a flaky network, a new deploy); Try again loads it anew. */
  'apiKeys.rotationLoadFailed': 'The key rotation could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',
  'apiKeys.rotated': (p: { old: string; new: string }) => `Rotation complete: “${p.old}” was revoked and “${p.new}” is in use.`,
  'apiKeys.rotationScheduled': (p: { old: string; new: string; when: string }) => `“${p.old}” stops working ${p.when}; “${p.new}” replaces it.`,
  /** 409 conflicts of API keys, said in the user's words (`describeError`, registered by the section). */
  'apiKeys.conflict.idempotencyKeySpent':
    'The key this request created is no longer active, so its secret cannot be shown again. Create a new key to get a new secret.',
  'apiKeys.conflict.rotationInProgress': 'This key is already being rotated. Continue its rotation from the list.',
  'apiKeys.conflict.alreadyRevoked': 'This key was already revoked.',
  'apiKeys.conflict.alreadyDisabled': 'This key was already disabled.',
  'apiKeys.conflict.notActive': 'This key is no longer active: it was revoked or has expired.',
  'apiKeys.conflict.notDisabled': 'This key is no longer disabled: it was enabled again, revoked or has expired.',
  'apiKeys.conflict.notRotating':
    'This key no longer has an active replacement, so it cannot be left to expire. Revoke it now, or rotate it again.',
};
