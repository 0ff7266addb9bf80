import { SettingsApiKeys } from '../components/settings-api-keys/settings-api-keys.js';
import { defineElement } from '../internal/define-element.js';
import { loadElementWith } from '../internal/lazy-element.js';

defineElement('settings-api-keys', SettingsApiKeys);

// The rest arrives when first needed, each part with its code and strings (and <settings-dialog>,
// unless a dialog came first), so a visit that only reads the list ships only the list:
// - the dialogs (Create key, a key's details, the key policy, Revoke) and the one-time secret view,
//   when a user first opens one;
// - the guided rotation, and the secret view, when a manager first starts or resumes a rotation.
loadElementWith('settings-api-key-dialogs', async (importChunk) => {
  const [{ defineApiKeyDialogs }] = await Promise.all([
    importChunk(() => import('../components/settings-api-keys/settings-api-key-dialogs.js')),
    importChunk(() => import('./settings-dialog.js')),
  ]);
  defineApiKeyDialogs();
});
loadElementWith('settings-api-key-rotation', async (importChunk) => {
  const [{ defineApiKeyRotation }] = await Promise.all([
    importChunk(() => import('../components/settings-api-keys/settings-api-key-rotation.js')),
    importChunk(() => import('./settings-dialog.js')),
  ]);
  defineApiKeyRotation();
});
