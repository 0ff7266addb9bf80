import { SettingsDataPreferences } from '../components/settings-data-preferences/settings-data-preferences.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-data-preferences', SettingsDataPreferences);
