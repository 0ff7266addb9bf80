import type { DataPreferences, Units, Weekday } from '../../api/types.js';
import { displayName, formatDate, msg } from '../../i18n/localize.js';
import { dateFormatLabel, dateFormats } from '../../internal/date-formats.js';

export type DataPreferenceField = keyof DataPreferences;

export interface Choice {
  value: string | number;
  label: string;
}

const units: readonly Units[] = ['metric', 'imperial'];

/**
 * Currencies in common business use. `Intl.supportedValuesOf('currency')` would also list withdrawn
 * ones (Andorran peseta…); a company whose currency is missing here still sees it offered.
 */
const currencies = 'AED AUD BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF ILS INR JPY KRW MXN NOK NZD PLN SAR SEK SGD TRY USD ZAR'.split(' ');

/** Days counted from Sunday, as `Date#getUTCDay()` does. */
export const weekdayIndex: Record<Weekday, number> = { sunday: 0, monday: 1, saturday: 6 };

/** A weekday's name in the user's language; 0 is Sunday (7 January 2024 was one). */
export function weekdayName(index: number, style: 'long' | 'short'): string {
  return formatDate(Date.UTC(2024, 0, 7 + index), { weekday: style, timeZone: 'UTC' });
}

function monthName(month: number): string {
  return formatDate(Date.UTC(2024, month - 1, 1), { month: 'long', timeZone: 'UTC' });
}

/** What a field may be set to, labelled in the user's language; the current value is always offered. */
export function choicesFor(field: DataPreferenceField, current: DataPreferences): Choice[] {
  switch (field) {
    case 'units':
      return units.map((value) => ({ value, label: msg(`dataPreferences.units.${value}`) }));
    case 'currency': {
      const codes = currencies.includes(current.currency) ? currencies : [...currencies, current.currency].sort();
      return codes.map((code) => ({ value: code, label: msg('dataPreferences.currencyOption', { code, name: displayName(code, 'currency') }) }));
    }
    case 'dateFormat':
      return dateFormats.map((value) => ({ value, label: dateFormatLabel(value) }));
    case 'weekStart':
      return (Object.keys(weekdayIndex) as Weekday[]).map((value) => ({ value, label: weekdayName(weekdayIndex[value], 'long') }));
    case 'fiscalYearStartMonth':
      return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthName(i + 1) }));
  }
}
