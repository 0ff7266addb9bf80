import type { DataPreferences, DataPreferencesUpdate, Units, Weekday } from '../../src/api/types.js';
import { dateFormats } from '../scenarios/catalog.js';
import { applyPatch, FieldValidator, type Untrusted } from '../validation.js';
import { requireCompanyAccess } from './authorize.js';
import type { Actor } from './session.js';

export interface DataPreferenceOperations {
  getDataPreferences(companyId: string): DataPreferences;
  updateDataPreferences(companyId: string, update: Untrusted<DataPreferencesUpdate>): DataPreferences;
}

const units: readonly Units[] = ['metric', 'imperial'];
const weekdays: readonly Weekday[] = ['monday', 'sunday', 'saturday'];

export function dataPreferenceOperations(actor: Actor): DataPreferenceOperations {
  return {
    getDataPreferences(companyId) {
      return { ...requireCompanyAccess(actor, companyId, 'company/data-preferences', 'view').dataPreferences };
    },

    updateDataPreferences(companyId, update) {
      const preferences = requireCompanyAccess(actor, companyId, 'company/data-preferences', 'manage').dataPreferences;
      const v = new FieldValidator();
      const patch: Partial<DataPreferences> = {
        units: v.oneOf('units', update.units, units, 'Choose metric or imperial.'),
        currency: currencyOf(v, update.currency),
        dateFormat: v.oneOf('dateFormat', update.dateFormat, dateFormats, 'Choose one of the offered date formats.'),
        weekStart: v.oneOf('weekStart', update.weekStart, weekdays, 'Choose Monday, Sunday or Saturday.'),
        fiscalYearStartMonth: v.integer('fiscalYearStartMonth', update.fiscalYearStartMonth, 1, 12, 'Choose a month.'),
      };
      v.throwIfInvalid();
      applyPatch(preferences, patch);
      return { ...preferences };
    },
  };
}

/** An ISO-4217 code, e.g. `EUR`. */
function currencyOf(v: FieldValidator, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^[A-Z]{3}$/.test(value)) return value;
  v.fail('currency', 'Choose a currency, like EUR or USD.');
  return undefined;
}
