import './settings-action-menu.js';
import { SettingsAdminTeam } from '../components/settings-admin-team/settings-admin-team.js';
import { defineElement } from '../internal/define-element.js';
import { loadElementWith } from '../internal/lazy-element.js';

defineElement('settings-admin-team', SettingsAdminTeam);

// The Add member / Edit dialog (its code and strings, and <settings-dialog> unless a dialog came
// first) is imported and defined when a manager first adds or edits a member: only they need it,
// and only then.
loadElementWith('settings-admin-team-form', async (importChunk) => {
  const [{ defineAdminTeamForm }] = await Promise.all([
    importChunk(() => import('../components/settings-admin-team/settings-admin-team-form.js')),
    importChunk(() => import('./settings-dialog.js')),
  ]);
  defineAdminTeamForm();
});
