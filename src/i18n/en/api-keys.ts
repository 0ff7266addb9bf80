/** Strings of the api-keys panel (English). */
export const apiKeysMessages = {};
