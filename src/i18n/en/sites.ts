/** Strings of the sites panel (English). */
export const sitesMessages = {};
