import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { coreMessages } from '../en/core.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the shell, the provider, the access rules and the shared states (German). */
export const coreDe: AreaTranslation<typeof coreMessages> = {
  // scopes and sections
  'scope.personal': 'Persönlich',
  'scope.company': 'Unternehmen',
  'scope.organization': 'Organisation',
  'section.personal/general': 'Allgemein',
  'section.personal/preferences': 'Präferenzen',
  'section.personal/membership': 'Mitgliedschaft',
  'section.company/sites': 'Standorte',
  'section.company/data-preferences': 'Datenpräferenzen',
  'section.company/members': 'Mitglieder',
  'section.organization/admin-team': 'Admin-Team',
  'section.organization/api-keys': 'API-Schlüssel',
  'section.organization/billing': 'Abrechnung',
  'section.organization/data-repository': 'Datenspeicher',
  'scope.organization.description': 'Organisationseinstellungen gelten für alle Unternehmen.',
  'scope.company.description': (p) => `Unternehmenseinstellungen gelten nur für ${p.company}.`,
  'scope.company.descriptionNoCompany': 'Unternehmenseinstellungen gelten nur für das aktuell ausgewählte Unternehmen.',
  'scope.personal.description': 'Persönliche Einstellungen betreffen nur Sie.',

  // access reasons
  'access.notOrganizationMember':
    'Der Bereich „Organisation“ ist nur für Benutzer sichtbar, die einer Organisation angehören. Bitten Sie einen Admin Ihrer Organisation, Sie hinzuzufügen.',
  'access.missingPermission': (p) =>
    `Der Bereich „${p.section}“ ist für Ihre Rolle (${p.role}) nicht verfügbar. Wenden Sie sich an einen Admin Ihrer Organisation, wenn Sie Zugriff benötigen.`,
  'access.missingPermission.apiKeys': (p) =>
    `API-Schlüssel erfordern Zugriff auf Organisationsebene. Ihre Rolle (${p.role}) umfasst diesen Zugriff nicht. Wenden Sie sich an einen Admin Ihrer Organisation, wenn Sie Zugriff benötigen.`,
  'access.missingPermission.billing': (p) =>
    `Der Zugriff auf die Abrechnung hängt von der Rolle ab. Ihre Rolle (${p.role}) umfasst ihn nicht. Wenden Sie sich an einen Owner oder Billing manager Ihrer Organisation.`,
  'access.missingPermission.company': (p) =>
    `Der Bereich „${p.section}“ von ${p.company} ist für Ihre dortige Rolle (${p.role}) nicht verfügbar. Wenden Sie sich an einen Admin von ${p.company}, wenn Sie Zugriff benötigen.`,
  'access.featureUnavailable': (p) =>
    `Der Bereich „${p.section}“ ist für Ihre Organisation nicht freigeschaltet. Wenden Sie sich an Ihre Kundenbetreuung, um ihn freischalten zu lassen.`,
  'access.noCompanyAccess.none':
    'Sie sind keinem Unternehmen zugeordnet, daher gibt es keine Unternehmenseinstellungen. Bitten Sie einen Admin Ihrer Organisation, Sie einem Unternehmen zuzuordnen.',
  'access.noCompanyAccess.company':
    'Sie sind diesem Unternehmen nicht zugeordnet. Wählen Sie eines Ihrer Unternehmen aus oder bitten Sie einen Admin Ihrer Organisation, Sie zuzuordnen.',
  'access.notOffered': 'Dieser Bereich ist in diesen Einstellungen nicht enthalten.',
  'access.ruleFailed': 'Dieser Bereich konnte nicht feststellen, wer ihn sehen darf. Versuchen Sie es später erneut.',
  'access.viewOnly': (p) => `Nur Lesezugriff: Ihre Rolle ist ${p.role}.`,

  // shell
  'shell.sectionMenu': (p) => `Bereich: ${p.section}`,
  'shell.navLabel': 'Einstellungsbereiche',
  'shell.hiddenHelp.summary': 'Sie finden eine Einstellung nicht?',
  'shell.hiddenHelp.intro': 'Welche Bereiche Sie sehen, hängt von Ihren Berechtigungen und Zuordnungen ab. Diese Bereiche sind für Sie ausgeblendet:',
  'shell.hiddenHelp.none': 'Sie sehen alle Bereiche.',
  'shell.hiddenTitle': (p) => `Bereich „${p.section}“ nicht verfügbar`,
  'shell.unknownSection': (p) => `Es gibt keinen Einstellungsbereich „${p.section}“.`,
  'shell.backToGeneral': 'Zu „Allgemein“',
  'shell.panelFailed': 'Dieser Bereich konnte nicht angezeigt werden. Versuchen Sie es später erneut.',
  'shell.sectionCodeFailed': 'Dieser Bereich konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; schlägt es weiter fehl, laden Sie die Seite neu.',

  // company switcher
  'switcher.label': 'Unternehmen',
  'switcher.button': (p) => `Unternehmen: ${p.company}`,
  'switcher.none': 'Kein Unternehmen',
  'switcher.filter': 'Unternehmen suchen',
  'switcher.noMatch': 'Kein passendes Unternehmen.',
  'switcher.grantedByOrganization': 'Über die Organisation',

  // provider
  'session.loading': 'Ihre Einstellungen werden geladen…',
  'session.error': 'Ihre Einstellungen konnten nicht geladen werden.',
  'session.notFound': 'Der Einstellungsdienst wurde nicht gefunden. Die Seite verweist möglicherweise auf eine falsche Adresse; wenn das Problem bestehen bleibt, wenden Sie sich an Ihre Administration.',
  'session.unreachable': 'Der Einstellungsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'session.unauthorized': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',

  // shared states
  'state.loading': 'Wird geladen…',
  'state.retry': 'Erneut versuchen',
  'state.dialogCodeFailed': 'Dieser Dialog konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; schlägt es weiter fehl, laden Sie die Seite neu.',
  'list.repeating': (p) =>
    plural(p.count, {
      one: `Der Server hat dieselben Zeilen erneut gesendet, daher endet die Liste bei ${p.shown} Zeile.`,
      other: `Der Server hat dieselben Zeilen erneut gesendet, daher endet die Liste bei ${p.shown} Zeilen.`,
    }),
  'format.unknownDate': 'Unbekannt',
  /** A date format with the sample date written in it, in Preferences and Data preferences. */
  'dateFormat.option': (p) => `${p.format} (${p.example})`,
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.unauthorized': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
  'error.forbidden':
    'Sie haben dafür keine Berechtigung mehr. Ihre Zugriffsrechte wurden aktualisiert; möglicherweise sehen Sie jetzt andere Inhalte.',
  'error.notFound': 'Dieser Eintrag existiert nicht mehr. Möglicherweise hat ihn jemand anderes entfernt.',
  'error.rateLimited': (p) =>
    plural(p.seconds, {
      one: `Zu viele Anfragen. Versuchen Sie es in ${formatNumber(p.seconds)} Sekunde erneut.`,
      other: `Zu viele Anfragen. Versuchen Sie es in ${formatNumber(p.seconds)} Sekunden erneut.`,
    }),
  'error.rateLimitedSoon': 'Zu viele Anfragen. Versuchen Sie es gleich noch einmal.',
  'error.validation': 'Bitte prüfen Sie die markierten Felder.',
  'error.invalidResponse': 'Der Server hat eine unerwartete Antwort gesendet. Versuchen Sie es erneut.',
  'error.conflict.idempotencyKeyInUse': 'Diese Anfrage wird noch verarbeitet. Versuchen Sie es gleich noch einmal.',
};
