import { SettingsCompanySwitcher } from '../components/settings-company-switcher/settings-company-switcher.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-company-switcher', SettingsCompanySwitcher);
