// The shell renders the company switcher, so it registers it too.
import './settings-company-switcher.js';
import { SettingsApp } from '../components/settings-app/settings-app.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-app', SettingsApp);
