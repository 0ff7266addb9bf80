/** Strings of the preferences panel (English). */
export const preferencesMessages = {};
