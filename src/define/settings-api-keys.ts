import { SettingsApiKeyRotation } from '../components/settings-api-keys/settings-api-key-rotation.js';
import { SettingsApiKeySecret } from '../components/settings-api-keys/settings-api-key-secret.js';
import { SettingsApiKeys } from '../components/settings-api-keys/settings-api-keys.js';
import { defineElement } from '../internal/define-element.js';
import './settings-dialog.js';

defineElement('settings-api-key-secret', SettingsApiKeySecret);
defineElement('settings-api-key-rotation', SettingsApiKeyRotation);
defineElement('settings-api-keys', SettingsApiKeys);
