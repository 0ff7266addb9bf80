/** Strings of the member cells shared by Admin team and Members (English). */
export const membersMessages = {
  'members.you': '(you)',
  'members.status.active': 'Active',
  'members.status.invited': 'Invited',
  'members.status.expires': 'Invitation expires',
  'members.status.expired': 'Invitation expired',
  'members.email.invalid': 'Enter a valid email address, like name@example.com.',
  'members.email.tooLong': (p: { max: number }) => `Use an email address of at most ${p.max} characters.`,
};
