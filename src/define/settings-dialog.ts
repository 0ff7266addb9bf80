import { SettingsDialog } from '../components/settings-dialog/settings-dialog.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-dialog', SettingsDialog);
