/** Date arithmetic for the mocks. Timestamps are stored as ISO strings, exactly as the API sends them. */

const dayMs = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/** ISO timestamp `days` after `date` (negative: before). */
export function isoDaysFrom(date: Date, days: number): string {
  return addDays(date, days).toISOString();
}

/** A pending invitation stays valid this long; resending starts the period again. */
export const invitationValidityDays = 7;
