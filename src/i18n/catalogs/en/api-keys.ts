/**
 * Strings of the api-keys panel's list (English). What comes later has its own file and arrives with
 * its code: the dialogs' (`api-key-dialogs.ts`), a key's fields (`api-key-fields.ts`), the one-time
 * secret (`api-key-secret.ts`) and the guided rotation's (`api-key-rotation.ts`).
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

  // scopes
  'apiKeys.access': 'Access',
  'apiKeys.access.full': 'Full access',
  'apiKeys.access.more': (p: { count: number }) => `+${p.count} more`,
  'apiKeys.area.sites': 'Sites',
  'apiKeys.area.members': 'Company members',
  'apiKeys.area.company-data': 'Data preferences',
  'apiKeys.area.admin-team': 'Admin team',
  'apiKeys.area.billing': 'Billing',
  'apiKeys.area.data-repository': 'Data repository',
  'apiKeys.level.read': 'read',
  'apiKeys.level.write': 'write',

  // policy
  'apiKeys.policy.maxLifetime': (p: { days: number; warning: number }) =>
    `New keys expire after at most ${p.days} days. Keys are flagged ${p.warning} days before they expire.`,
  'apiKeys.policy.noLimit': (p: { warning: number }) => `Keys may be created without an expiry date. Keys are flagged ${p.warning} days before they expire.`,
  'apiKeys.policy.setBy': (p: { name: string; date: string }) => `Key policy set by ${p.name} on ${p.date}.`,
  'apiKeys.policy.default': 'This is the default key policy.',
  'apiKeys.policy.askOwner': 'An organization Owner can change it.',
  'apiKeys.policy.edit': 'Edit key policy',

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
  'apiKeys.revokeNowOf': (p: { name: string }) => `Revoke now: ${p.name}`,
  'apiKeys.revokeNow': 'Revoke now',

  // revoke
  'apiKeys.revoke': 'Revoke',
  'apiKeys.revokeOf': (p: { name: string }) => `Revoke ${p.name}`,
  'apiKeys.revoking': 'Revoking…',
  'apiKeys.revoke.consequence': 'Requests using that key will fail immediately with authentication errors.',

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
