import { SettingsMembership } from '../components/settings-membership/settings-membership.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-membership', SettingsMembership);
