/**
 * Strings of the company-members panel (English). Members that come from the admin team are managed
 * at "Settings > Organization > Admin Team", the help page's own words.
 */
export const companyMembersMessages = {
  // list
  'companyMembers.heading': (p: { company: string }) => `Members of ${p.company}`,
  'companyMembers.search': 'Search members',
  'companyMembers.searchPlaceholder': 'Name or email',
  'companyMembers.invite': 'Invite member',
  'companyMembers.count': (p: { shown: string; total: string; count: number }) =>
    `Showing ${p.shown} of ${p.total} ${p.count === 1 ? 'member' : 'members'}`,
  'companyMembers.more': 'Show more members',
  'companyMembers.loadingMore': 'Loading more members…',
  'companyMembers.empty': (p: { company: string }) => `${p.company} has no members yet.`,
  'companyMembers.empty.invite': 'Use Invite member to add someone.',
  'companyMembers.noMatch': (p: { query: string }) => `No member matches “${p.query}”. Check the spelling, or search by email.`,
  'companyMembers.column.member': 'Member',
  'companyMembers.column.role': 'Role',
  'companyMembers.column.status': 'Status',
  'companyMembers.column.actions': 'Actions',

  // cells
  'companyMembers.organization': 'Organization admin team',
  'companyMembers.managedLink': 'Manage in Admin team',
  'companyMembers.managedText': 'Managed in Settings > Organization > Admin Team',

  // row actions
  'companyMembers.actions': (p: { name: string }) => `Actions for ${p.name}`,
  'companyMembers.action.role': 'Change role',
  'companyMembers.action.resend': 'Resend invitation',
  'companyMembers.action.cancel': 'Cancel invitation',
  'companyMembers.action.remove': 'Remove',
  'companyMembers.reason.notGrantable': (p: { role: string }) => `Your role cannot change members whose role is ${p.role}.`,

  // invite / change role
  'companyMembers.form.inviteHeading': (p: { company: string }) => `Invite a member to ${p.company}`,
  'companyMembers.form.email': 'Email address',
  'companyMembers.form.emailHint': 'They will receive an invitation email with a link to join.',
  'companyMembers.form.role': 'Role',
  'companyMembers.form.rolePlaceholder': 'Choose a role',
  'companyMembers.form.roleRequired': 'Choose a role.',
  'companyMembers.form.cancel': 'Cancel',
  'companyMembers.form.send': 'Send invitation',
  'companyMembers.form.sending': 'Sending invitation…',
  'companyMembers.role.heading': (p: { name: string }) => `Change the role of ${p.name}`,
  'companyMembers.role.self': (p: { company: string }) => `This is your own role: a role with fewer permissions limits what you can do in ${p.company}.`,
  'companyMembers.role.save': 'Save role',
  'companyMembers.role.saving': 'Saving…',

  // remove / cancel invitation
  'companyMembers.remove.heading': (p: { name: string; company: string }) => `Remove ${p.name} from ${p.company}?`,
  'companyMembers.remove.body': (p: { name: string; company: string }) => `${p.name} will lose access to ${p.company} and its settings.`,
  'companyMembers.remove.self': (p: { company: string }) =>
    `You are removing yourself. You will lose access to ${p.company} and its settings, and only an admin of ${p.company} can add you again.`,
  'companyMembers.remove.removing': 'Removing…',
  'companyMembers.cancelInvitation.heading': (p: { email: string }) => `Cancel the invitation to ${p.email}?`,
  'companyMembers.cancelInvitation.body': 'The link in the invitation email will stop working. You can invite them again later.',
  'companyMembers.cancelInvitation.keep': 'Keep invitation',
  'companyMembers.cancelInvitation.cancelling': 'Cancelling…',

  // outcomes (announced in the panel's status line)
  'companyMembers.done.invited': (p: { email: string }) => `Invitation email sent to ${p.email}.`,
  'companyMembers.done.updated': (p: { name: string; role: string }) => `${p.name} now has the ${p.role} role.`,
  'companyMembers.done.resending': (p: { email: string }) => `Sending the invitation again to ${p.email}…`,
  'companyMembers.done.resent': (p: { email: string }) => `Invitation email sent again to ${p.email}.`,
  'companyMembers.done.removed': (p: { name: string; company: string }) => `${p.name} was removed from ${p.company}.`,
  'companyMembers.done.cancelled': (p: { email: string }) => `The invitation to ${p.email} was cancelled.`,
};
