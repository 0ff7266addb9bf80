import './settings-dialog.js';
import './settings-action-menu.js';
import { SettingsAdminTeamForm } from '../components/settings-admin-team/settings-admin-team-form.js';
import { SettingsAdminTeam } from '../components/settings-admin-team/settings-admin-team.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-admin-team-form', SettingsAdminTeamForm);
defineElement('settings-admin-team', SettingsAdminTeam);
