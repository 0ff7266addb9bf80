import type { dataPreferencesMessages } from '../en/data-preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-preferences panel (French). */
export const dataPreferencesFr: AreaTranslation<typeof dataPreferencesMessages> = {
  'dataPreferences.units': 'Unités',
  'dataPreferences.units.metric': 'Système métrique (kilomètres, °C)',
  'dataPreferences.units.imperial': 'Système impérial (miles, °F)',
  'dataPreferences.currency': 'Devise',
  'dataPreferences.currencyOption': (p) => `${p.code} — ${p.name}`,
  'dataPreferences.dateFormat': 'Format de date',
  /** Also used by Personnel > Préférences, which offers the same formats. */
  'dataPreferences.weekStart': 'La semaine commence le',
  'dataPreferences.fiscalYearStartMonth': 'L’exercice fiscal commence en',
  'dataPreferences.save': 'Enregistrer les modifications',
  'dataPreferences.saving': 'Enregistrement…',
  'dataPreferences.cancel': 'Annuler',
  'dataPreferences.saved': (p) => `Préférences de données de l’entreprise ${p.company} enregistrées.`,
  'dataPreferences.preview': 'Aperçu',
  'dataPreferences.preview.hint': (p) => `Voici comment s’affichent les dates, les montants et les mesures pour ${p.company}.`,
  'dataPreferences.preview.date': 'Date',
  'dataPreferences.preview.amount': 'Montant',
  'dataPreferences.preview.distance': 'Distance',
  'dataPreferences.preview.temperature': 'Température',
  'dataPreferences.preview.week': 'Semaine',
  'dataPreferences.preview.fiscalYear': 'Exercice fiscal',
  'dataPreferences.preview.range': (p) => `${p.start} – ${p.end}`,
};
