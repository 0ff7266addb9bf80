import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { apiKeyDialogsMessages } from '../en/api-key-dialogs.js';
import type { apiKeyFieldsMessages } from '../en/api-key-fields.js';
import type { apiKeyRotationMessages } from '../en/api-key-rotation.js';
import type { apiKeySecretMessages } from '../en/api-key-secret.js';
import type { apiKeysMessages } from '../en/api-keys.js';
import type { AreaTranslation } from '../../translation.js';

/** The whole area: the list's strings and those that arrive later with their code. */
type ApiKeysCatalog = typeof apiKeysMessages & typeof apiKeyDialogsMessages & typeof apiKeyFieldsMessages & typeof apiKeySecretMessages & typeof apiKeyRotationMessages;

/** "1 Tag", "30 Tage" (nominative) and "1 Tag", "30 Tagen" (dative, after „nach“, „innerhalb von“, „in“). */
const days = (count: number) => plural(count, { one: `${formatNumber(count)} Tag`, other: `${formatNumber(count)} Tage` });
const daysDative = (count: number) => plural(count, { one: `${formatNumber(count)} Tag`, other: `${formatNumber(count)} Tagen` });

/**
 * Strings of the api-keys panel (German), its dialogs' and guided rotation's included: English keeps those
 * apart (`en/api-key-dialogs.ts` and its neighbours, loaded with their code), a language's catalog is
 * registered whole.
 * Wording follows the help page: „Erstellen Sie zuerst einen neuen Schlüssel …“.
 */
export const apiKeysDe: AreaTranslation<ApiKeysCatalog> = {
  // list
  'apiKeys.search': 'Schlüssel nach Namen suchen',
  'apiKeys.filter': 'Anzeigen',
  'apiKeys.filter.active': 'Aktive und deaktivierte Schlüssel',
  'apiKeys.filter.expiring': 'Bald ablaufende Schlüssel',
  'apiKeys.filter.all': 'Alle Schlüssel',
  'apiKeys.column.name': 'Name',
  'apiKeys.column.created': 'Erstellt',
  'apiKeys.column.lastUsed': 'Zuletzt verwendet',
  'apiKeys.column.expires': 'Läuft ab',
  'apiKeys.column.status': 'Status',
  'apiKeys.column.actions': 'Aktionen',
  'apiKeys.status.active': 'Aktiv',
  'apiKeys.status.expired': 'Abgelaufen',
  'apiKeys.status.revoked': 'Widerrufen',
  'apiKeys.status.disabled': 'Deaktiviert',
  'apiKeys.expiresSoon': 'Läuft bald ab',
  'apiKeys.replacedBy': (p) => `ersetzt durch „${p.name}“`,
  'apiKeys.replacedByNewer': 'ersetzt durch einen neueren Schlüssel',
  'apiKeys.createdBy': (p) => `von ${p.name}`,
  'apiKeys.neverUsed': 'Nie verwendet',
  'apiKeys.neverExpires': 'Läuft nie ab',
  'apiKeys.replaces': (p) => `Ersetzt „${p.name}“`,
  'apiKeys.rotationInProgress': 'Rotation läuft',
  'apiKeys.count': (p) => `${p.shown} von ${p.total} Schlüsseln angezeigt`,
  'apiKeys.more': 'Mehr anzeigen',
  'apiKeys.empty.active': 'Es gibt keine aktiven API-Schlüssel.',
  'apiKeys.empty.expiring': 'Kein Schlüssel läuft bald ab.',
  'apiKeys.empty.all': 'Es gibt noch keine API-Schlüssel.',
  'apiKeys.empty.search': (p) => `Kein Schlüssel passt zu „${p.query}“. Versuchen Sie einen anderen Namen.`,
  'apiKeys.empty.next': 'Erstellen Sie einen Schlüssel, damit eine Integration die API im Namen Ihrer Organisation aufrufen kann.',

  // create
  'apiKeys.create': 'Schlüssel erstellen',
  'apiKeys.creating': 'Wird erstellt…',
  'apiKeys.createNew': 'Neuen Schlüssel erstellen',
  'apiKeys.cancel': 'Abbrechen',
  'apiKeys.field.name': 'Name',
  'apiKeys.field.nameHint':
    'Benennen Sie den Schlüssel nach seinem Verwendungszweck, z. B. „CI-Deployment“. Aktive Schlüssel brauchen unterschiedliche Namen.',
  'apiKeys.field.expiry': 'Gültigkeitsdauer',
  'apiKeys.expiry.days': (p) => days(p.days),
  'apiKeys.expiry.never': 'Unbegrenzt',
  'apiKeys.expiry.max': (p) => `${days(p.days)} (Höchstdauer)`,
  'apiKeys.expiry.policy': (p) => `Ihre Organisation erlaubt Schlüssel mit einer Gültigkeit von höchstens ${daysDative(p.days)}.`,

  // scopes
  'apiKeys.access': 'Zugriff',
  'apiKeys.access.full': 'Vollzugriff',
  'apiKeys.access.fullHint':
    'Alles, was die API erlaubt, auch später hinzukommende Funktionen. Verfügbar, weil Sie alle Berechtigungen besitzen.',
  'apiKeys.access.scoped': 'Nur ausgewählte Berechtigungen',
  'apiKeys.access.scopedHint': 'Es stehen nur Berechtigungen zur Auswahl, die Sie selbst besitzen.',
  'apiKeys.access.none': 'Kein Zugriff',
  'apiKeys.access.read': 'Lesen',
  'apiKeys.access.readWrite': 'Lesen und Schreiben',
  'apiKeys.access.chooseOne': 'Wählen Sie mindestens eine Berechtigung für den Schlüssel aus.',
  'apiKeys.access.noneGrantable':
    'Ihre Rolle umfasst keine Berechtigung, die sich an einen Schlüssel vergeben lässt. Daher können Sie hier keine Schlüssel erstellen.',
  'apiKeys.access.more': (p) => `+${formatNumber(p.count)} weitere`,
  'apiKeys.area.sites': 'Standorte',
  'apiKeys.area.sites.description': 'Die Standorte aller Unternehmen: Adressen und Zeitzonen.',
  'apiKeys.area.members': 'Unternehmensmitglieder',
  'apiKeys.area.members.description': 'Wer zu welchem Unternehmen gehört und mit welcher Rolle.',
  'apiKeys.area.company-data': 'Datenpräferenzen',
  'apiKeys.area.company-data.description': 'Die Datenpräferenzen der einzelnen Unternehmen.',
  'apiKeys.area.admin-team': 'Admin-Team',
  'apiKeys.area.admin-team.description': 'Das Admin-Team der Organisation und sein Unternehmenszugriff.',
  'apiKeys.area.billing': 'Abrechnung',
  'apiKeys.area.billing.description': 'Tarif, Rechnungsprofil und Rechnungen.',
  'apiKeys.area.data-repository': 'Datenspeicher',
  'apiKeys.area.data-repository.description': 'Speicherregion, Aufbewahrungsdauer und Datenfreigabe.',
  // listed after an area: „Standorte (Lesen und Schreiben)“
  'apiKeys.level.read': 'Lesen',
  'apiKeys.level.write': 'Schreiben',

  // details
  'apiKeys.details.heading': (p) => `API-Schlüssel „${p.name}“`,
  'apiKeys.details.prefix': 'Beginnt mit',
  'apiKeys.details.createdBy': 'Erstellt von',
  'apiKeys.details.disabled': 'Deaktiviert',
  'apiKeys.details.revoked': 'Widerrufen',
  'apiKeys.details.replaces': 'Ersetzt',
  'apiKeys.details.replacedBy': 'Ersetzt durch',
  'apiKeys.details.close': 'Schließen',

  // policy
  'apiKeys.policy.maxLifetime': (p) =>
    `Neue Schlüssel laufen nach höchstens ${daysDative(p.days)} ab. Schlüssel werden ${days(p.warning)} vor Ablauf markiert.`,
  'apiKeys.policy.noLimit': (p) =>
    `Schlüssel können ohne Ablaufdatum erstellt werden. Schlüssel werden ${days(p.warning)} vor Ablauf markiert.`,
  'apiKeys.policy.setBy': (p) => `Schlüsselrichtlinie von ${p.name} am ${p.date} festgelegt.`,
  'apiKeys.policy.default': 'Dies ist die Standard-Schlüsselrichtlinie.',
  'apiKeys.policy.askOwner': 'Ein Owner Ihrer Organisation kann sie ändern.',
  'apiKeys.policy.edit': 'Richtlinie bearbeiten',
  'apiKeys.policy.heading': 'Richtlinie für API-Schlüssel',
  'apiKeys.policy.field.maxLifetime': 'Maximale Gültigkeitsdauer neuer Schlüssel',
  'apiKeys.policy.field.maxLifetimeHint':
    'Bestehende Schlüssel behalten ihr Ablaufdatum. Ohne Begrenzung laufen Schlüssel unter Umständen nie ab.',
  'apiKeys.policy.noLimitOption': 'Keine Begrenzung',
  'apiKeys.policy.field.warning': 'Schlüssel vor Ablauf markieren',
  'apiKeys.policy.warningDays': (p) => `${days(p.days)} vorher`,
  'apiKeys.policy.save': 'Richtlinie speichern',
  'apiKeys.policy.saving': 'Wird gespeichert…',
  'apiKeys.policy.saved': 'Schlüsselrichtlinie gespeichert.',

  // expiry warnings
  'apiKeys.expiring.count': (p) => {
    const within = p.days === 7 ? 'innerhalb einer Woche' : `innerhalb von ${daysDative(p.days)}`;
    return plural(p.count, {
      one: `${formatNumber(p.count)} Schlüssel läuft ${within} ab`,
      other: `${formatNumber(p.count)} Schlüssel laufen ${within} ab`,
    });
  },
  'apiKeys.expiring.next': 'Rotieren Sie diese Schlüssel vor Ablauf, damit Ihre Integrationen weiter funktionieren.',
  'apiKeys.expiring.showAll': 'Alle bald ablaufenden Schlüssel anzeigen',

  // disable / enable
  'apiKeys.disable': 'Deaktivieren',
  'apiKeys.disableOf': (p) => `${p.name} deaktivieren`,
  'apiKeys.enable': 'Aktivieren',
  'apiKeys.enableOf': (p) => `${p.name} aktivieren`,
  'apiKeys.disabled': (p) =>
    `„${p.name}“ wurde deaktiviert. Anfragen mit diesem Schlüssel schlagen fehl, bis Sie ihn wieder aktivieren.`,
  'apiKeys.enabled': (p) => `„${p.name}“ wurde wieder aktiviert.`,
  'apiKeys.revoke.recentlyUsed': (p) =>
    `„${p.name}“ wurde kürzlich verwendet. Deaktivieren Sie den Schlüssel zuerst: Anfragen damit schlagen dann fehl, und Sie können ihn wieder aktivieren, falls er doch noch gebraucht wird.`,
  'apiKeys.revoke.disableInstead': 'Stattdessen deaktivieren',
  'apiKeys.revokeNowOf': (p) => `Jetzt widerrufen: ${p.name}`,
  'apiKeys.revokeNow': 'Jetzt widerrufen',
  'apiKeys.created': (p) => `API-Schlüssel „${p.name}“ erstellt.`,
  'apiKeys.createdWhileAway': (p) =>
    `API-Schlüssel „${p.name}“ wurde erstellt, nachdem Sie diese Seite verlassen hatten, daher konnte sein Secret nicht angezeigt werden. Widerrufen Sie ihn und erstellen Sie einen neuen Schlüssel, wenn Sie das Secret benötigen.`,

  // the secret, shown once
  'apiKeys.secret.heading': (p) => `Neuer API-Schlüssel „${p.name}“`,
  'apiKeys.secret.once': 'Kopieren Sie das Secret jetzt. Es wird Ihnen nicht noch einmal angezeigt.',
  'apiKeys.secret.copy': 'Kopieren',
  'apiKeys.secret.copied': 'Kopiert',
  'apiKeys.secret.selected':
    'Kopieren ist hier nicht möglich. Das Secret ist markiert: Drücken Sie Ctrl+C (⌘C auf dem Mac), um es zu kopieren.',
  'apiKeys.secret.saved': 'Ich habe das Secret gespeichert',
  'apiKeys.secret.done': 'Fertig',

  // revoke
  'apiKeys.revoke': 'Widerrufen',
  'apiKeys.revokeOf': (p) => `${p.name} widerrufen`,
  'apiKeys.revoking': 'Wird widerrufen…',
  'apiKeys.revoke.heading': (p) => `„${p.name}“ widerrufen?`,
  'apiKeys.revoke.consequence': 'Anfragen mit diesem Schlüssel schlagen sofort mit Authentifizierungsfehlern fehl.',
  'apiKeys.revoke.typeName': (p) => `Geben Sie zur Bestätigung ${p.name} ein`,
  'apiKeys.revoked': (p) => `„${p.name}“ wurde widerrufen.`,

  // rotate
  'apiKeys.rotate': 'Rotieren',
  'apiKeys.rotateOf': (p) => `${p.name} rotieren`,
  'apiKeys.continueRotation': 'Rotation fortsetzen',
  'apiKeys.continueRotationOf': (p) => `Rotation fortsetzen: ${p.name}`,
  'apiKeys.rotationLoadFailed': 'Die Schlüsselrotation konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; schlägt es weiter fehl, laden Sie die Seite neu.',
  'apiKeys.rotate.heading': (p) => `„${p.name}“ rotieren`,
  'apiKeys.rotate.intro':
    'Erstellen Sie zuerst einen neuen Schlüssel, aktualisieren Sie alle Integrationen, prüfen Sie, ob Anfragen damit erfolgreich sind, und widerrufen Sie dann den alten Schlüssel. So vermeiden Sie Ausfallzeiten.',
  'apiKeys.rotate.step1': 'Ersatzschlüssel erstellen',
  'apiKeys.rotate.step2': 'Integrationen aktualisieren',
  'apiKeys.rotate.step3': 'Nutzung prüfen',
  'apiKeys.rotate.step4': 'Alten Schlüssel stilllegen',
  'apiKeys.rotate.stepHeading': (p) => `Schritt ${formatNumber(p.step)} von ${formatNumber(4)}: ${p.title}`,
  'apiKeys.rotate.nameHint': 'Der Ersatzschlüssel kann den Namen des alten Schlüssels übernehmen.',
  'apiKeys.rotate.create': 'Ersatzschlüssel erstellen',
  'apiKeys.rotate.update': (p) =>
    `Hinterlegen Sie den neuen Schlüssel in jeder Integration, die „${p.name}“ verwendet: Server, CI-Secrets, Tools von Drittanbietern. Beide Schlüssel funktionieren, bis Sie den alten widerrufen.`,
  'apiKeys.rotate.confirm':
    'Senden Sie Anfragen mit dem neuen Schlüssel und aktualisieren Sie dann die Ansicht, um zu sehen, wann jeder Schlüssel zuletzt verwendet wurde.',
  'apiKeys.rotate.newKey': (p) => `Neuer Schlüssel „${p.name}“`,
  'apiKeys.rotate.oldKey': (p) => `Alter Schlüssel „${p.name}“`,
  'apiKeys.rotate.traffic': 'Der neue Schlüssel wird bereits verwendet.',
  'apiKeys.rotate.waiting': 'Der neue Schlüssel wurde noch nicht verwendet.',
  'apiKeys.rotate.refresh': 'Aktualisieren',
  'apiKeys.rotate.refreshing': 'Wird aktualisiert…',
  'apiKeys.rotate.ready': 'Der neue Schlüssel ist im Einsatz, der alte kann also stillgelegt werden.',
  'apiKeys.rotate.noTraffic':
    'Der neue Schlüssel wurde noch nicht verwendet: Möglicherweise sind Integrationen noch auf den alten Schlüssel angewiesen.',
  'apiKeys.rotate.revokeAnyway': 'Trotzdem widerrufen',
  'apiKeys.rotate.revoke': 'Alten Schlüssel widerrufen',
  'apiKeys.rotate.when': 'Wann soll der alte Schlüssel ungültig werden?',
  'apiKeys.rotate.when.now': 'Sofort widerrufen',
  'apiKeys.rotate.when.hours': (p) =>
    p.hours < 48
      ? plural(p.hours, { one: `In ${formatNumber(p.hours)} Stunde`, other: `In ${formatNumber(p.hours)} Stunden` })
      : `In ${daysDative(p.hours / 24)}`,
  'apiKeys.rotate.whenHint': 'Bei einer Verzögerung funktionieren bis dahin beide Schlüssel, danach läuft der alte Schlüssel automatisch ab.',
  'apiKeys.rotate.schedule': 'Ablauf planen',
  'apiKeys.rotate.scheduling': 'Wird geplant…',
  'apiKeys.rotate.scopesHint': 'Der Ersatzschlüssel erhält zunächst dieselben Zugriffsrechte wie der alte Schlüssel.',
  'apiKeys.rotate.back': 'Zurück',
  'apiKeys.rotate.next': 'Weiter',
  'apiKeys.rotate.later': 'Später abschließen',
  'apiKeys.rotated': (p) => `Rotation abgeschlossen: „${p.old}“ wurde widerrufen, „${p.new}“ ist im Einsatz.`,
  // `when` is relative: „in 7 Tagen“, „morgen“
  'apiKeys.rotationScheduled': (p) => `„${p.old}“ läuft ${p.when} ab; „${p.new}“ ersetzt ihn.`,
  'apiKeys.conflict.idempotencyKeySpent':
    'Der mit dieser Anfrage erstellte Schlüssel ist nicht mehr aktiv, daher kann sein Secret nicht erneut angezeigt werden. Erstellen Sie einen neuen Schlüssel, um ein neues Secret zu erhalten.',
  'apiKeys.conflict.rotationInProgress': 'Dieser Schlüssel wird bereits rotiert. Setzen Sie die Rotation in der Liste fort.',
  'apiKeys.conflict.alreadyRevoked': 'Dieser Schlüssel wurde bereits widerrufen.',
  'apiKeys.conflict.alreadyDisabled': 'Dieser Schlüssel wurde bereits deaktiviert.',
  'apiKeys.conflict.notActive': 'Dieser Schlüssel ist nicht mehr aktiv: Er wurde widerrufen oder ist abgelaufen.',
  'apiKeys.conflict.notDisabled': 'Dieser Schlüssel ist nicht mehr deaktiviert: Er wurde wieder aktiviert, widerrufen oder ist abgelaufen.',
  'apiKeys.conflict.notRotating':
    'Dieser Schlüssel hat keinen aktiven Ersatzschlüssel mehr, daher kann sein Ablauf nicht geplant werden. Widerrufen Sie ihn jetzt oder rotieren Sie ihn erneut.',
};
