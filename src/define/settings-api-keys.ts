import { SettingsApiKeySecret } from '../components/settings-api-keys/settings-api-key-secret.js';
import { SettingsApiKeys } from '../components/settings-api-keys/settings-api-keys.js';
import { defineElement } from '../internal/define-element.js';
import { loadElementWith } from '../internal/lazy-element.js';
import './settings-dialog.js';

defineElement('settings-api-key-secret', SettingsApiKeySecret);
defineElement('settings-api-keys', SettingsApiKeys);

// The guided rotation (its code and strings) is imported and defined when a manager first starts or
// resumes a rotation: only they need it, and only then.
loadElementWith('settings-api-key-rotation', async () => {
  const { SettingsApiKeyRotation } = await import('../components/settings-api-keys/settings-api-key-rotation.js');
  defineElement('settings-api-key-rotation', SettingsApiKeyRotation);
});
