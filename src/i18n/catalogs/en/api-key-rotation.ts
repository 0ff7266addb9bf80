/**
 * Strings of the guided rotation (`<settings-api-key-rotation>`, English): they arrive with its code,
 * which `<settings-api-keys>` loads when a manager first starts or resumes a rotation. The panel's own
 * words about rotating (its Rotate buttons, the line saying how a rotation ended) are in `api-keys.ts`.
 * Wording follows the help page: "Create a new key first…".
 */
export const apiKeyRotationMessages = {
  'apiKeys.rotate.heading': (p: { name: string }) => `Rotate “${p.name}”`,
  'apiKeys.rotate.intro': 'Create a new key first, update all integrations, confirm successful traffic, then revoke the old key. This avoids downtime.',
  'apiKeys.rotate.step1': 'Create the replacement',
  'apiKeys.rotate.step2': 'Update integrations',
  'apiKeys.rotate.step3': 'Confirm traffic',
  'apiKeys.rotate.step4': 'Retire the old key',
  'apiKeys.rotate.stepHeading': (p: { step: number; title: string }) => `Step ${p.step} of 4: ${p.title}`,
  'apiKeys.rotate.nameHint': 'The replacement may keep the old key’s name.',
  'apiKeys.rotate.create': 'Create replacement',
  'apiKeys.rotate.update': (p: { name: string }) =>
    `Put the new key in every integration that uses “${p.name}”: servers, CI secrets, third-party tools. Both keys work until you revoke the old one.`,
  'apiKeys.rotate.confirm': 'Send requests with the new key, then refresh to see when each key was last used.',
  'apiKeys.rotate.newKey': (p: { name: string }) => `New key “${p.name}”`,
  'apiKeys.rotate.oldKey': (p: { name: string }) => `Old key “${p.name}”`,
  'apiKeys.rotate.traffic': 'The new key is receiving traffic.',
  'apiKeys.rotate.waiting': 'The new key has not been used yet.',
  'apiKeys.rotate.refresh': 'Refresh',
  'apiKeys.rotate.refreshing': 'Refreshing…',
  'apiKeys.rotate.ready': 'The new key is in use, so the old one can go.',
  'apiKeys.rotate.noTraffic': 'The new key has not been used yet: integrations may still depend on the old key.',
  'apiKeys.rotate.revokeAnyway': 'Revoke anyway',
  'apiKeys.rotate.revoke': 'Revoke old key',
  'apiKeys.rotate.when': 'When should the old key stop working?',
  'apiKeys.rotate.when.now': 'Now: revoke it',
  'apiKeys.rotate.when.hours': (p: { hours: number }) => (p.hours < 48 ? `In ${p.hours} hours` : `In ${p.hours / 24} days`),
  'apiKeys.rotate.whenHint': 'With a delay, both keys work until then, and the old key expires by itself.',
  'apiKeys.rotate.schedule': 'Schedule expiry',
  'apiKeys.rotate.scheduling': 'Scheduling…',
  'apiKeys.rotate.scopesHint': 'The replacement starts with the old key’s access.',
  'apiKeys.rotate.back': 'Back',
  'apiKeys.rotate.next': 'Next',
  'apiKeys.rotate.later': 'Finish later',
};
