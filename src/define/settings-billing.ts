import { SettingsBilling } from '../components/settings-billing/settings-billing.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-billing', SettingsBilling);
