/** Strings of the billing panel (English). */
export const billingMessages = {};
