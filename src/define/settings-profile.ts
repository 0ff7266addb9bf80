import { SettingsProfile } from '../components/settings-profile/settings-profile.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-profile', SettingsProfile);
