/** Strings of the membership panel (English). */
export const membershipMessages = {};
