import type { dataPreferencesMessages } from '../en/data-preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-preferences panel (German). */
export const dataPreferencesDe: AreaTranslation<typeof dataPreferencesMessages> = {
  'dataPreferences.units': 'Maßeinheiten',
  'dataPreferences.units.metric': 'Metrisch (Kilometer, °C)',
  'dataPreferences.units.imperial': 'Imperial (Meilen, °F)',
  'dataPreferences.currency': 'Währung',
  'dataPreferences.currencyOption': (p) => `${p.code} — ${p.name}`,
  'dataPreferences.dateFormat': 'Datumsformat',
  /** Also used by Persönlich > Präferenzen, which offers the same formats. */
  'dataPreferences.weekStart': 'Woche beginnt am',
  'dataPreferences.fiscalYearStartMonth': 'Geschäftsjahr beginnt im',
  'dataPreferences.save': 'Änderungen speichern',
  'dataPreferences.saving': 'Wird gespeichert…',
  'dataPreferences.cancel': 'Abbrechen',
  'dataPreferences.saved': (p) => `Datenpräferenzen von ${p.company} gespeichert.`,
  'dataPreferences.preview': 'Vorschau',
  'dataPreferences.preview.hint': (p) => `So werden Datumsangaben, Beträge und Maße für ${p.company} dargestellt.`,
  'dataPreferences.preview.date': 'Datum',
  'dataPreferences.preview.amount': 'Betrag',
  'dataPreferences.preview.distance': 'Entfernung',
  'dataPreferences.preview.temperature': 'Temperatur',
  'dataPreferences.preview.week': 'Woche',
  'dataPreferences.preview.fiscalYear': 'Geschäftsjahr',
  'dataPreferences.preview.range': (p) => `${p.start} – ${p.end}`,
};
