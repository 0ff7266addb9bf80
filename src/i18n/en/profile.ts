/** Strings of the profile panel (English). */
export const profileMessages = {};
