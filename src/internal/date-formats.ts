import type { DateFormat } from '../api/types.js';
import { formatDate, msg } from '../i18n/localize.js';

/**
 * The contract's date formats, offered the same way by Personal > Preferences and Company > Data
 * preferences, and how a date is written in each.
 */
export const dateFormats: readonly DateFormat[] = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'];

/**
 * The day every sample is drawn from. Fixed, so previews and screenshots are stable; past the 12th,
 * so day-first and month-first formats look different.
 */
export const sampleDate = new Date(Date.UTC(2026, 2, 31));

/**
 * Writes a (UTC) date in one of the contract's patterns, with the digits `Intl` gives the locale;
 * "Unknown" for an invalid one (a fiscal year computed from a month the server got wrong).
 */
export function formatDatePattern(date: Date, pattern: DateFormat): string {
  return formatDate(date, { calendar: 'gregory', year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }, (format, valid) => {
    const parts = format.formatToParts(valid);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return pattern.replace('YYYY', part('year')).replace('MM', part('month')).replace('DD', part('day'));
  });
}

/** "DD/MM/YYYY (31/03/2026)": a pattern with the sample date written in it. */
export function dateFormatLabel(pattern: DateFormat): string {
  return msg('dateFormat.option', { format: pattern, example: formatDatePattern(sampleDate, pattern) });
}
