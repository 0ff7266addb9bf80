import { SettingsActionMenu } from '../components/settings-action-menu/settings-action-menu.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-action-menu', SettingsActionMenu);
