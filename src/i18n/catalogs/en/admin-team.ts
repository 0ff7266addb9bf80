/**
 * Strings of the admin-team panel (English). "Add member" is the help page's own label. Those only
 * the Add member / Edit dialog uses are in `admin-team-form.ts`: they arrive with its code, when a
 * manager first adds or edits a member.
 */
export const adminTeamMessages = {
  // list
  'adminTeam.search': 'Search the admin team',
  'adminTeam.searchPlaceholder': 'Search by name or email',
  'adminTeam.add': 'Add member',
  'adminTeam.count': (p: { shown: string; total: string }) => `Showing ${p.shown} of ${p.total}`,
  'adminTeam.more': 'Show more',
  'adminTeam.loadingMore': 'Loading more…',
  'adminTeam.empty': 'No one is on the admin team yet. Use Add member to invite someone.',
  'adminTeam.emptyViewOnly': 'No one is on the admin team yet.',
  'adminTeam.noMatch': (p: { query: string }) => `No member matches “${p.query}”. Check the spelling, or search by email.`,
  'adminTeam.column.member': 'Member',
  'adminTeam.column.role': 'Role',
  'adminTeam.column.access': 'Company access',
  'adminTeam.column.status': 'Status',
  'adminTeam.column.actions': 'Actions',

  // cells
  'adminTeam.access.all': 'All companies',
  'adminTeam.access.none': 'No company access',
  'adminTeam.access.more': (p: { companies: string; count: string }) => `${p.companies} and ${p.count} more`,

  // row actions
  'adminTeam.actions': (p: { name: string }) => `Actions for ${p.name}`,
  'adminTeam.action.edit': 'Edit role and access',
  'adminTeam.action.resend': 'Resend invitation',
  'adminTeam.action.cancel': 'Cancel invitation',
  'adminTeam.action.remove': 'Remove',
  'adminTeam.reason.lastOwnerDemote': 'The last Owner cannot be demoted. Make someone else an Owner first.',
  'adminTeam.reason.lastOwnerRemove': 'The last Owner cannot be removed. Make someone else an Owner first.',
  'adminTeam.reason.notGrantable': (p: { role: string }) => `Your role cannot change members whose role is ${p.role}.`,
  'adminTeam.reason.widerAccess': (p: { name: string }) =>
    `${p.name} has access to companies you do not, so only someone with that access can change it.`,
  'adminTeam.reason.yourself': 'You cannot change your own role or company access. Ask another Owner or Admin.',

  // add / edit form: its own strings are in `admin-team-form.ts`, loaded with it
  'adminTeam.form.cancel': 'Cancel',
  /** The Add member / Edit dialog's code did not arrive (a flaky network, a new deploy); Try again loads it anew. */
  'adminTeam.formLoadFailed': 'The member dialog could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',

  // remove / cancel invitation
  'adminTeam.remove.heading': (p: { name: string }) => `Remove ${p.name}?`,
  'adminTeam.remove.body': (p: { name: string }) =>
    `${p.name} will leave the admin team and lose the access it gives to the Organization settings and to companies.`,
  'adminTeam.remove.self': 'You are removing yourself. You will lose access to the Organization settings.',
  'adminTeam.remove.confirm': 'Remove',
  'adminTeam.remove.removing': 'Removing…',
  'adminTeam.cancelInvitation.heading': (p: { email: string }) => `Cancel the invitation to ${p.email}?`,
  'adminTeam.cancelInvitation.body': 'The link in the invitation email will stop working. You can invite them again later.',
  'adminTeam.cancelInvitation.keep': 'Keep invitation',
  'adminTeam.cancelInvitation.cancelling': 'Cancelling…',

  // outcomes (announced in the panel's status line)
  'adminTeam.done.invited': (p: { email: string }) => `Invitation email sent to ${p.email}.`,
  'adminTeam.done.updated': (p: { name: string }) => `Saved the role and access of ${p.name}.`,
  'adminTeam.done.resending': (p: { email: string }) => `Sending the invitation again to ${p.email}…`,
  'adminTeam.done.resent': (p: { email: string }) => `Invitation email sent again to ${p.email}.`,
  'adminTeam.done.removed': (p: { name: string }) => `${p.name} was removed from the admin team.`,
  'adminTeam.done.cancelled': (p: { email: string }) => `The invitation to ${p.email} was cancelled.`,
};
