/** Strings of the company-members panel (English). */
export const companyMembersMessages = {};
