import { SettingsApiKeySecret } from '../components/settings-api-keys/settings-api-key-secret.js';
import { SettingsApiKeys } from '../components/settings-api-keys/settings-api-keys.js';
import { defineElement } from '../internal/define-element.js';
import { loadElementWith } from '../internal/lazy-element.js';

defineElement('settings-api-key-secret', SettingsApiKeySecret);
defineElement('settings-api-keys', SettingsApiKeys);

// The guided rotation (its code and strings, and <settings-dialog> unless a dialog came first) is
// imported and defined when a manager first starts or resumes a rotation: only they need it, and
// only then. The secret's view opens only from the create dialog, which brought <settings-dialog>.
loadElementWith('settings-api-key-rotation', async () => {
  const [{ defineApiKeyRotation }] = await Promise.all([import('../components/settings-api-keys/settings-api-key-rotation.js'), import('./settings-dialog.js')]);
  defineApiKeyRotation();
});
