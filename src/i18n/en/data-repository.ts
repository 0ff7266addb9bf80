/** Strings of the data-repository panel (English). */
export const dataRepositoryMessages = {};
