/** What the audit record of an invitation or removal names: who, with which role and access. */
export const adminTeamMemberFields = ['email', 'name', 'role', 'companyAccess', 'status'];
/** What resending an invitation changes. */
export const invitationFields = ['invitedAt', 'invitationExpiresAt'];
