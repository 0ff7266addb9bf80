import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { preferencesMessages } from '../en/preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the preferences panel (German). */
export const preferencesDe: AreaTranslation<typeof preferencesMessages> = {
  'preferences.autoSave': 'Änderungen automatisch speichern',
  'preferences.autoSave.hint':
    'Wenn aktiviert, wird jede Änderung sofort gespeichert. Wenn deaktiviert, prüfen Sie Ihre Änderungen und speichern sie gemeinsam.',
  'preferences.language': 'Sprache',
  'preferences.languageOption': (p) => `${p.native} — ${p.name}`,
  'preferences.timeZone': 'Zeitzone',
  'preferences.timeZone.filter': 'Zeitzone suchen',
  'preferences.timeZone.matches': (p) =>
    p.count === 0
      ? 'Keine passende Zeitzone.'
      : plural(p.count, {
          one: `${formatNumber(p.count)} passende Zeitzone.`,
          other: `${formatNumber(p.count)} passende Zeitzonen.`,
        }),
  'preferences.dateFormat': 'Datumsformat',
  'preferences.theme': 'Design',
  'preferences.theme.system': 'System',
  'preferences.theme.light': 'Hell',
  'preferences.theme.dark': 'Dunkel',
  'preferences.theme.hint': '„System“ übernimmt die Einstellung Ihres Geräts.',
  'preferences.emailNotifications': 'E-Mail-Benachrichtigungen',
  'preferences.productUpdates': 'Produktneuigkeiten',
  'preferences.securityAlerts': 'Sicherheitswarnungen',
  'preferences.weeklyDigest': 'Wöchentliche Zusammenfassung',
  'preferences.save': 'Änderungen speichern',
  'preferences.saving': 'Wird gespeichert…',
  'preferences.cancel': 'Abbrechen',
  'preferences.saved': 'Präferenzen gespeichert.',
  'preferences.field.saving': 'Wird gespeichert…',
  'preferences.field.saved': 'Gespeichert',
  'preferences.field.notSaved': 'Nicht gespeichert.',
  'preferences.field.retry': 'Wiederholen',
  'preferences.field.retryLabel': (p) => `${p.field} erneut speichern`,
};
