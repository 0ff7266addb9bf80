/** Strings of the admin-team panel (English). */
export const adminTeamMessages = {};
