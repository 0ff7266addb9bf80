import { SettingsApp } from '../components/settings-app/settings-app.js';
import { defineElement } from '../internal/define-element.js';

// The shell loads the rest itself when it is needed: each section's panel, and the company switcher.
defineElement('settings-app', SettingsApp);
