import './settings-action-menu.js';
import { SettingsSites } from '../components/settings-sites/settings-sites.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-sites', SettingsSites);
