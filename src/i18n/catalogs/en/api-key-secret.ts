/**
 * Strings of a new key's one-time secret view (`<settings-api-key-secret>`, English). They arrive
 * with its code, which comes with Create key or with the rotation, not with the list.
 */
export const apiKeySecretMessages = {
  'apiKeys.secret.heading': (p: { name: string }) => `New API key “${p.name}”`,
  'apiKeys.secret.once': "Copy this secret now. You won't see it again.",
  'apiKeys.secret.copy': 'Copy',
  'apiKeys.secret.copied': 'Copied',
  'apiKeys.secret.selected': 'Copying is not available here. The secret is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'apiKeys.secret.saved': 'I have saved this secret',
  'apiKeys.secret.done': 'Done',
};
