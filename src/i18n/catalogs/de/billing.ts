import type { billingMessages } from '../en/billing.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the billing panel (German). */
export const billingDe: AreaTranslation<typeof billingMessages> = {
  'billing.plan.heading': 'Tarif',
  'billing.plan.name': 'Name',
  'billing.plan.seats': 'Lizenzen',
  'billing.plan.seatsUsed': (p) => `${p.used} von ${p.total} Lizenzen genutzt`,
  'billing.plan.price': 'Preis',
  'billing.plan.perMonth': (p) => `${p.price} pro Monat`,
  'billing.plan.perYear': (p) => `${p.price} pro Jahr`,
  'billing.plan.renews': 'Verlängerung am',

  'billing.profile.heading': 'Rechnungsprofil',
  'billing.profile.companyName': 'Firmenname',
  'billing.profile.billingEmail': 'E-Mail für Rechnungen',
  'billing.profile.address': 'Adresse',
  // form labels, keyed like the form's fields (and the server's field errors)
  'billing.profile.address.line1': 'Straße und Hausnummer',
  'billing.profile.address.line2': 'Adresszusatz (optional)',
  'billing.profile.address.city': 'Ort',
  'billing.profile.address.postalCode': 'Postleitzahl',
  'billing.profile.address.region': 'Bundesland, Kanton oder Region (optional)',
  'billing.profile.address.country': 'Land',
  'billing.profile.countryHint': 'Zweistelliger Ländercode, z. B. GB oder US.',
  'billing.profile.taxId': 'USt-IdNr. (optional)',
  'billing.profile.taxIdLabel': 'USt-IdNr.',
  'billing.profile.notProvided': 'Nicht angegeben',
  'billing.profile.edit': 'Rechnungsprofil bearbeiten',
  'billing.profile.save': 'Speichern',
  'billing.profile.saving': 'Wird gespeichert…',
  'billing.profile.cancel': 'Abbrechen',
  'billing.profile.saved': 'Rechnungsprofil gespeichert.',

  'billing.notSetUp.heading': 'Rechnungsprofil nicht eingerichtet',
  'billing.notSetUp.body':
    'Das Rechnungsprofil Ihrer Organisation ist noch nicht eingerichtet. Deshalb können noch keine Rechnungsadresse, Zahlungsmethode oder Rechnungen angezeigt werden.',
  // followed by the support address as a link, then a full stop
  'billing.notSetUp.emailSupport': 'Schreiben Sie zur Einrichtung eine E-Mail an',
  'billing.notSetUp.emailSubject': (p) => `Einrichtung des Rechnungsprofils für ${p.organization}`,
  'billing.notSetUp.contactAccountTeam': 'Wenden Sie sich zur Einrichtung an Ihre Kundenbetreuung.',

  'billing.payment.heading': 'Zahlungsmethode',
  'billing.payment.endingIn': (p) => `endet auf ${p.last4}`,
  'billing.payment.expires': (p) => `Gültig bis ${p.date}`,
  'billing.payment.none': 'Keine Zahlungsmethode hinterlegt.',

  'billing.invoices.heading': 'Rechnungen',
  'billing.invoices.number': 'Nummer',
  'billing.invoices.date': 'Datum',
  'billing.invoices.amount': 'Betrag',
  'billing.invoices.status': 'Status',
  'billing.invoices.file': 'Datei',
  'billing.invoices.download': 'Herunterladen',
  'billing.invoices.unavailable': 'Nicht verfügbar',
  'billing.invoices.downloadLabel': (p) => `Rechnung ${p.number} herunterladen`,
  'billing.invoices.empty': 'Noch keine Rechnungen',
  'billing.invoices.emptyHint': 'Rechnungen erscheinen hier am Ende jedes Abrechnungszeitraums.',
  'billing.invoices.status.paid': 'Bezahlt',
  'billing.invoices.status.open': 'Offen',
  'billing.invoices.status.void': 'Storniert',
  'billing.invoices.status.uncollectible': 'Uneinbringlich',
};
