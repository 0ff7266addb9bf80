/**
 * Strings of the admin team's Add member / Edit role and access dialog (`<settings-admin-team-form>`,
 * English): they arrive with its code, which `<settings-admin-team>` loads when a manager first adds
 * or edits a member. The words the panel shares with it (Add member, All companies, Cancel) are in
 * `admin-team.ts`.
 */
export const adminTeamFormMessages = {
  'adminTeam.form.editHeading': (p: { name: string }) => `Edit role and access of ${p.name}`,
  'adminTeam.form.email': 'Email address',
  'adminTeam.form.emailHint': 'They will receive an invitation email with a link to join.',
  'adminTeam.form.role': 'Role',
  'adminTeam.form.rolePlaceholder': 'Choose a role',
  'adminTeam.form.roleRequired': 'Choose a role.',
  'adminTeam.form.roleAllCompanies': (p: { role: string }) => `Members with the ${p.role} role have access to all companies.`,
  'adminTeam.form.roleNoCompanies': (p: { role: string }) => `Members with the ${p.role} role have no company access.`,
  'adminTeam.form.access': 'Company access',
  'adminTeam.form.specific': 'Specific companies',
  'adminTeam.form.heldOnly': 'You can give access only to companies you have access to yourself.',
  'adminTeam.form.filterCompanies': 'Filter companies',
  'adminTeam.form.companies': 'Companies',
  'adminTeam.form.loadingCompanies': 'Loading companies…',
  'adminTeam.form.noCompanyMatch': 'No company matches.',
  'adminTeam.form.moreCompanies': 'Show more companies',
  'adminTeam.form.selected': (p: { count: string }) => `Companies selected: ${p.count}`,
  'adminTeam.form.companiesRequired': 'Choose at least one company.',
  'adminTeam.form.send': 'Send invitation',
  'adminTeam.form.sending': 'Sending invitation…',
  'adminTeam.form.save': 'Save changes',
  'adminTeam.form.saving': 'Saving…',
};
