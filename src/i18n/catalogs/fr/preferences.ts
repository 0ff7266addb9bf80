import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { preferencesMessages } from '../en/preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the preferences panel (French). */
export const preferencesFr: AreaTranslation<typeof preferencesMessages> = {
  'preferences.autoSave': 'Enregistrer automatiquement les modifications',
  'preferences.autoSave.hint':
    'Si cette option est activée, chaque modification est enregistrée immédiatement. Sinon, vérifiez vos modifications puis enregistrez-les en une fois.',
  'preferences.language': 'Langue',
  'preferences.languageOption': (p) => `${p.native} — ${p.name}`,
  'preferences.timeZone': 'Fuseau horaire',
  'preferences.timeZone.filter': 'Rechercher un fuseau horaire',
  // French counts 0 as singular, so "none" keeps its own sentence.
  'preferences.timeZone.matches': (p) =>
    p.count === 0
      ? 'Aucun fuseau horaire ne correspond.'
      : plural(p.count, {
          one: `${formatNumber(p.count)} fuseau horaire correspond.`,
          other: `${formatNumber(p.count)} fuseaux horaires correspondent.`,
        }),
  'preferences.dateFormat': 'Format de date',
  'preferences.theme': 'Thème',
  'preferences.theme.system': 'Système',
  'preferences.theme.light': 'Clair',
  'preferences.theme.dark': 'Sombre',
  'preferences.theme.hint': 'L’option Système suit le réglage de votre appareil.',
  'preferences.emailNotifications': 'Notifications par e-mail',
  'preferences.productUpdates': 'Nouveautés du produit',
  'preferences.securityAlerts': 'Alertes de sécurité',
  'preferences.weeklyDigest': 'Récapitulatif hebdomadaire',
  'preferences.save': 'Enregistrer les modifications',
  'preferences.saving': 'Enregistrement…',
  'preferences.cancel': 'Annuler',
  'preferences.saved': 'Préférences enregistrées.',
  'preferences.field.saving': 'Enregistrement…',
  'preferences.field.saved': 'Enregistré',
  'preferences.field.notSaved': 'Non enregistré.',
  'preferences.field.retry': 'Réessayer',
  'preferences.field.retryLabel': (p) => `Réessayer l’enregistrement\u202f: ${p.field}`,
};
