import { SettingsPreferences } from '../components/settings-preferences/settings-preferences.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-preferences', SettingsPreferences);
