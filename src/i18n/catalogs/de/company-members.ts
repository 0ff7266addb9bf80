import { plural } from '../../plural.js';
import type { companyMembersMessages } from '../en/company-members.js';
import type { AreaTranslation } from '../../translation.js';

/**
 * Strings of the company-members panel (German). Members that come from the admin team are managed
 * at „Einstellungen > Organisation > Admin-Team“.
 */
export const companyMembersDe: AreaTranslation<typeof companyMembersMessages> = {
  // list
  'companyMembers.heading': (p) => `Mitglieder von ${p.company}`,
  'companyMembers.search': 'Mitglieder suchen',
  'companyMembers.searchPlaceholder': 'Name oder E-Mail',
  'companyMembers.invite': 'Mitglied einladen',
  'companyMembers.count': (p) =>
    plural(p.count, {
      one: `${p.shown} von ${p.total} Mitglied angezeigt`,
      other: `${p.shown} von ${p.total} Mitgliedern angezeigt`,
    }),
  'companyMembers.more': 'Weitere Mitglieder anzeigen',
  'companyMembers.loadingMore': 'Weitere Mitglieder werden geladen…',
  'companyMembers.empty': (p) => `${p.company} hat noch keine Mitglieder.`,
  'companyMembers.empty.invite': 'Mit „Mitglied einladen“ fügen Sie jemanden hinzu.',
  'companyMembers.noMatch': (p) =>
    `Kein Mitglied passt zu „${p.query}“. Prüfen Sie die Schreibweise oder suchen Sie nach der E-Mail-Adresse.`,
  'companyMembers.column.member': 'Mitglied',
  'companyMembers.column.role': 'Rolle',
  'companyMembers.column.status': 'Status',
  'companyMembers.column.actions': 'Aktionen',

  // cells
  'companyMembers.organization': 'Admin-Team der Organisation',
  'companyMembers.managedLink': 'Im Admin-Team verwalten',
  'companyMembers.managedText': 'Verwaltet unter Einstellungen > Organisation > Admin-Team',

  // row actions
  'companyMembers.actions': (p) => `Aktionen für ${p.name}`,
  'companyMembers.action.role': 'Rolle ändern',
  'companyMembers.action.resend': 'Einladung erneut senden',
  'companyMembers.action.cancel': 'Einladung zurückziehen',
  'companyMembers.action.remove': 'Entfernen',
  'companyMembers.reason.notGrantable': (p) => `Mit Ihrer Rolle können Sie keine Mitglieder mit der Rolle ${p.role} ändern.`,

  // invite / change role
  'companyMembers.form.inviteHeading': (p) => `Mitglied zu ${p.company} einladen`,
  'companyMembers.form.email': 'E-Mail-Adresse',
  'companyMembers.form.emailHint': 'Die Person erhält eine Einladung per E-Mail mit einem Link zum Beitreten.',
  'companyMembers.form.role': 'Rolle',
  'companyMembers.form.rolePlaceholder': 'Rolle auswählen',
  'companyMembers.form.roleRequired': 'Wählen Sie eine Rolle aus.',
  'companyMembers.form.cancel': 'Abbrechen',
  'companyMembers.form.send': 'Einladung senden',
  'companyMembers.form.sending': 'Einladung wird gesendet…',
  'companyMembers.role.heading': (p) => `Rolle von ${p.name} ändern`,
  'companyMembers.role.self': (p) =>
    `Dies ist Ihre eigene Rolle: Eine Rolle mit weniger Berechtigungen schränkt ein, was Sie in ${p.company} tun können.`,
  'companyMembers.role.save': 'Rolle speichern',
  'companyMembers.role.saving': 'Wird gespeichert…',

  // remove / cancel invitation
  'companyMembers.remove.heading': (p) => `${p.name} aus ${p.company} entfernen?`,
  'companyMembers.remove.body': (p) => `${p.name} verliert den Zugriff auf ${p.company} und die zugehörigen Einstellungen.`,
  'companyMembers.remove.self': (p) =>
    `Sie entfernen sich selbst. Sie verlieren den Zugriff auf ${p.company} und die zugehörigen Einstellungen, und nur ein Admin von ${p.company} kann Sie wieder hinzufügen.`,
  'companyMembers.remove.removing': 'Wird entfernt…',
  'companyMembers.cancelInvitation.heading': (p) => `Einladung an ${p.email} zurückziehen?`,
  'companyMembers.cancelInvitation.body':
    'Der Link in der Einladungs-E-Mail funktioniert dann nicht mehr. Sie können die Person später erneut einladen.',
  'companyMembers.cancelInvitation.keep': 'Einladung behalten',
  'companyMembers.cancelInvitation.cancelling': 'Wird zurückgezogen…',

  // outcomes (announced in the panel's status line)
  'companyMembers.done.invited': (p) => `Einladung an ${p.email} gesendet.`,
  'companyMembers.done.updated': (p) => `${p.name} hat jetzt die Rolle ${p.role}.`,
  'companyMembers.done.resending': (p) => `Einladung wird erneut an ${p.email} gesendet…`,
  'companyMembers.done.resent': (p) => `Einladung erneut an ${p.email} gesendet.`,
  'companyMembers.done.removed': (p) => `${p.name} wurde aus ${p.company} entfernt.`,
  'companyMembers.done.cancelled': (p) => `Die Einladung an ${p.email} wurde zurückgezogen.`,
};
