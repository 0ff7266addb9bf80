import { SettingsProvider } from '../components/settings-provider/settings-provider.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-provider', SettingsProvider);
