import './settings-action-menu.js';
import { SettingsCompanyMembers } from '../components/settings-company-members/settings-company-members.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-company-members', SettingsCompanyMembers);
