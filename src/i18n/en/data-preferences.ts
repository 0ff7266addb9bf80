/** Strings of the data-preferences panel (English). */
export const dataPreferencesMessages = {};
