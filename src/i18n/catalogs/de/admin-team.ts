import type { adminTeamFormMessages } from '../en/admin-team-form.js';
import type { adminTeamMessages } from '../en/admin-team.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the admin-team panel (German). */
export const adminTeamDe: AreaTranslation<typeof adminTeamMessages & typeof adminTeamFormMessages> = {
  // list
  'adminTeam.search': 'Admin-Team durchsuchen',
  'adminTeam.searchPlaceholder': 'Nach Name oder E-Mail suchen',
  'adminTeam.add': 'Mitglied hinzufügen',
  'adminTeam.count': (p) => `${p.shown} von ${p.total} angezeigt`,
  'adminTeam.more': 'Mehr anzeigen',
  'adminTeam.loadingMore': 'Weitere werden geladen…',
  'adminTeam.empty': 'Das Admin-Team hat noch keine Mitglieder. Mit „Mitglied hinzufügen“ laden Sie jemanden ein.',
  'adminTeam.emptyViewOnly': 'Das Admin-Team hat noch keine Mitglieder.',
  'adminTeam.noMatch': (p) =>
    `Kein Mitglied passt zu „${p.query}“. Prüfen Sie die Schreibweise oder suchen Sie nach der E-Mail-Adresse.`,
  'adminTeam.column.member': 'Mitglied',
  'adminTeam.column.role': 'Rolle',
  'adminTeam.column.access': 'Unternehmenszugriff',
  'adminTeam.column.status': 'Status',
  'adminTeam.column.actions': 'Aktionen',

  // cells
  'adminTeam.access.all': 'Alle Unternehmen',
  'adminTeam.access.none': 'Kein Unternehmenszugriff',
  'adminTeam.access.more': (p) => `${p.companies} und ${p.count} weitere`,

  // row actions
  'adminTeam.actions': (p) => `Aktionen für ${p.name}`,
  'adminTeam.action.edit': 'Rolle und Zugriff bearbeiten',
  'adminTeam.action.resend': 'Einladung erneut senden',
  'adminTeam.action.cancel': 'Einladung zurückziehen',
  'adminTeam.action.remove': 'Entfernen',
  'adminTeam.reason.lastOwnerDemote':
    'Der letzte Owner kann nicht herabgestuft werden. Machen Sie zuerst eine andere Person zum Owner.',
  'adminTeam.reason.lastOwnerRemove': 'Der letzte Owner kann nicht entfernt werden. Machen Sie zuerst eine andere Person zum Owner.',
  'adminTeam.reason.notGrantable': (p) => `Mit Ihrer Rolle können Sie keine Mitglieder mit der Rolle ${p.role} ändern.`,
  'adminTeam.reason.widerAccess': (p) =>
    `${p.name} hat Zugriff auf Unternehmen, auf die Sie keinen Zugriff haben. Daher kann nur jemand mit diesem Zugriff Änderungen vornehmen.`,
  'adminTeam.reason.yourself':
    'Ihre eigene Rolle und Ihren Unternehmenszugriff können Sie nicht selbst ändern. Wenden Sie sich an einen anderen Owner oder Admin.',

  // add / edit form
  'adminTeam.form.editHeading': (p) => `Rolle und Zugriff von ${p.name} bearbeiten`,
  'adminTeam.form.email': 'E-Mail-Adresse',
  'adminTeam.form.emailHint': 'Die Person erhält eine Einladung per E-Mail mit einem Link zum Beitreten.',
  'adminTeam.form.role': 'Rolle',
  'adminTeam.form.rolePlaceholder': 'Rolle auswählen',
  'adminTeam.form.roleRequired': 'Wählen Sie eine Rolle aus.',
  'adminTeam.form.roleAllCompanies': (p) => `Mitglieder mit der Rolle ${p.role} haben Zugriff auf alle Unternehmen.`,
  'adminTeam.form.roleNoCompanies': (p) => `Mitglieder mit der Rolle ${p.role} haben keinen Unternehmenszugriff.`,
  'adminTeam.form.access': 'Unternehmenszugriff',
  'adminTeam.form.specific': 'Bestimmte Unternehmen',
  'adminTeam.form.heldOnly': 'Sie können nur Zugriff auf Unternehmen gewähren, auf die Sie selbst Zugriff haben.',
  'adminTeam.form.filterCompanies': 'Unternehmen filtern',
  'adminTeam.form.companies': 'Unternehmen',
  'adminTeam.form.loadingCompanies': 'Unternehmen werden geladen…',
  'adminTeam.form.noCompanyMatch': 'Kein passendes Unternehmen.',
  'adminTeam.form.moreCompanies': 'Weitere Unternehmen anzeigen',
  'adminTeam.form.selected': (p) => `Ausgewählte Unternehmen: ${p.count}`,
  'adminTeam.form.companiesRequired': 'Wählen Sie mindestens ein Unternehmen aus.',
  'adminTeam.form.cancel': 'Abbrechen',
  'adminTeam.formLoadFailed': 'Der Mitglieder-Dialog konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; schlägt es weiter fehl, laden Sie die Seite neu.',
  'adminTeam.form.send': 'Einladung senden',
  'adminTeam.form.sending': 'Einladung wird gesendet…',
  'adminTeam.form.save': 'Änderungen speichern',
  'adminTeam.form.saving': 'Wird gespeichert…',

  // remove / cancel invitation
  'adminTeam.remove.heading': (p) => `${p.name} entfernen?`,
  'adminTeam.remove.body': (p) =>
    `${p.name} verlässt das Admin-Team und verliert den damit verbundenen Zugriff auf die Organisationseinstellungen und auf Unternehmen.`,
  'adminTeam.remove.self': 'Sie entfernen sich selbst. Sie verlieren den Zugriff auf die Organisationseinstellungen.',
  'adminTeam.remove.confirm': 'Entfernen',
  'adminTeam.remove.removing': 'Wird entfernt…',
  'adminTeam.cancelInvitation.heading': (p) => `Einladung an ${p.email} zurückziehen?`,
  'adminTeam.cancelInvitation.body':
    'Der Link in der Einladungs-E-Mail funktioniert dann nicht mehr. Sie können die Person später erneut einladen.',
  'adminTeam.cancelInvitation.keep': 'Einladung behalten',
  'adminTeam.cancelInvitation.cancelling': 'Wird zurückgezogen…',

  // outcomes (announced in the panel's status line)
  'adminTeam.done.invited': (p) => `Einladung an ${p.email} gesendet.`,
  'adminTeam.done.updated': (p) => `Rolle und Zugriff von ${p.name} gespeichert.`,
  'adminTeam.done.resending': (p) => `Einladung wird erneut an ${p.email} gesendet…`,
  'adminTeam.done.resent': (p) => `Einladung erneut an ${p.email} gesendet.`,
  'adminTeam.done.removed': (p) => `${p.name} wurde aus dem Admin-Team entfernt.`,
  'adminTeam.done.cancelled': (p) => `Die Einladung an ${p.email} wurde zurückgezogen.`,
};
