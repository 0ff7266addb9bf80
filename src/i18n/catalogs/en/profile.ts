/** Strings of the profile panel, Personal > General (English). */
export const profileMessages = {
  'profile.heading': 'Profile',
  'profile.avatar.alt': (p: { name: string }) => `Profile picture of ${p.name}`,
  'profile.name': 'Name',
  'profile.name.required': 'Enter your name.',
  'profile.jobTitle': 'Job title',
  'profile.avatarUrl': 'Profile picture URL',
  'profile.avatarUrl.hint': 'Optional: the web address of a picture, starting with https://. Leave it empty to show your initials.',
  'profile.email': 'Email',
  'profile.email.hint': 'You sign in with this email. It cannot be changed here.',
  'profile.email.sso': (p: { provider: string }) => `Your email is managed by ${p.provider}.`,
  'profile.save': 'Save',
  'profile.saving': 'Saving…',
  'profile.cancel': 'Cancel',
  'profile.saved': 'Your profile was saved.',

  // Wording of the help page: "Settings > Personal > General and click Send password reset email".
  'profile.password.heading': 'Password',
  'profile.password.intro': 'You will receive an email with a link to set a new password.',
  'profile.password.send': 'Send password reset email',
  'profile.password.sending': 'Sending…',
  'profile.password.sent': (p: { email: string }) => `We sent an email to ${p.email} with a link to set a new password.`,
  'profile.password.wait': (p: { seconds: number }) => `You can ask for another email in ${p.seconds} ${p.seconds === 1 ? 'second' : 'seconds'}.`,
  'profile.password.sso': (p: { provider: string }) => `Password resets are managed by your IT administrator through ${p.provider}.`,
  'profile.password.ssoUnnamed': 'Password resets are managed by your IT administrator.',
};
