import { plural } from '../../plural.js';
import type { sitesMessages } from '../en/sites.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the sites panel (German). */
export const sitesDe: AreaTranslation<typeof sitesMessages> = {
  'sites.heading': (p) => `Standorte von ${p.company}`,
  'sites.search': 'Standorte suchen',
  'sites.searchPlaceholder': 'Name oder Adresse',
  'sites.status': 'Status',
  'sites.status.active': 'Aktiv',
  'sites.status.archived': 'Archiviert',
  'sites.status.all': 'Alle',
  'sites.add': 'Standort hinzufügen',
  'sites.count': (p) =>
    plural(p.count, {
      one: `${p.shown} von ${p.total} Standort angezeigt`,
      other: `${p.shown} von ${p.total} Standorten angezeigt`,
    }),
  'sites.name': 'Name',
  'sites.address': 'Adresse',
  'sites.timeZone': 'Zeitzone',
  'sites.actions': 'Aktionen',
  'sites.actionsFor': (p) => `Aktionen für ${p.name}`,
  'sites.edit': 'Bearbeiten',
  'sites.archive': 'Archivieren',
  'sites.restore': 'Wiederherstellen',
  'sites.more': 'Weitere Standorte anzeigen',
  'sites.loadingMore': 'Weitere Standorte werden geladen…',
  'sites.empty.all': (p) => `${p.company} hat noch keine Standorte.`,
  'sites.empty.active': (p) => `${p.company} hat keine aktiven Standorte.`,
  'sites.empty.archived': (p) => `${p.company} hat keine archivierten Standorte.`,
  'sites.empty.add': 'Mit „Standort hinzufügen“ legen Sie einen an.',
  'sites.empty.search': (p) => `Kein Standort passt zu „${p.query}“. Versuchen Sie es mit einem anderen Namen oder einer anderen Adresse.`,

  'sites.form.editHeading': (p) => `${p.name} bearbeiten`,
  'sites.form.timeZoneHint': 'Tippen Sie, um die Liste zu durchsuchen, z. B. Europe/Paris.',
  'sites.form.nameRequired': 'Geben Sie einen Namen für den Standort ein.',
  'sites.form.addressRequired': 'Geben Sie die Adresse ein.',
  'sites.form.timeZoneInvalid': 'Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Paris.',
  'sites.form.save': 'Speichern',
  'sites.form.saving': 'Wird gespeichert…',
  'sites.form.adding': 'Wird hinzugefügt…',
  'sites.cancel': 'Abbrechen',

  'sites.archive.heading': (p) => `${p.name} archivieren?`,
  'sites.archive.body':
    'Ein archivierter Standort erscheint nicht mehr unter den aktiven Standorten. Sein Verlauf bleibt erhalten, und Sie können ihn jederzeit wiederherstellen.',
  'sites.archive.confirm': 'Standort archivieren',
  'sites.archive.pending': 'Wird archiviert…',
  'sites.restore.heading': (p) => `${p.name} wiederherstellen?`,
  'sites.restore.body': 'Der Standort ist dann wieder aktiv und erscheint unter den aktiven Standorten.',
  'sites.restore.confirm': 'Standort wiederherstellen',
  'sites.restore.pending': 'Wird wiederhergestellt…',

  'sites.added': (p) => `${p.name} wurde hinzugefügt.`,
  'sites.updated': (p) => `${p.name} wurde gespeichert.`,
  'sites.archived': (p) => `${p.name} wurde archiviert. Archivierte Standorte finden Sie unter „Status: Archiviert“.`,
  'sites.restored': (p) => `${p.name} wurde wiederhergestellt.`,
};
