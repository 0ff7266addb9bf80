import type { billingMessages } from '../en/billing.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the billing panel (French). */
export const billingFr: AreaTranslation<typeof billingMessages> = {
  'billing.plan.heading': 'Offre',
  'billing.plan.name': 'Nom',
  'billing.plan.seats': 'Licences',
  'billing.plan.seatsUsed': (p) => `${p.used} licences utilisées sur ${p.total}`,
  'billing.plan.price': 'Prix',
  'billing.plan.perMonth': (p) => `${p.price} par mois`,
  'billing.plan.perYear': (p) => `${p.price} par an`,
  'billing.plan.renews': 'Renouvellement le',

  'billing.profile.heading': 'Profil de facturation',
  'billing.profile.companyName': 'Raison sociale',
  'billing.profile.billingEmail': 'E-mail de facturation',
  'billing.profile.address': 'Adresse',
  // form labels, keyed like the form's fields (and the server's field errors)
  'billing.profile.address.line1': 'Numéro et nom de rue',
  'billing.profile.address.line2': 'Complément d’adresse (facultatif)',
  'billing.profile.address.city': 'Ville',
  'billing.profile.address.postalCode': 'Code postal',
  'billing.profile.address.region': 'État, province ou région (facultatif)',
  'billing.profile.address.country': 'Pays',
  'billing.profile.countryHint': 'Code pays à deux lettres, par exemple FR ou BE.',
  'billing.profile.taxId': 'Identifiant fiscal (facultatif)',
  'billing.profile.taxIdLabel': 'Identifiant fiscal',
  'billing.profile.notProvided': 'Non renseigné',
  'billing.profile.edit': 'Modifier le profil de facturation',
  'billing.profile.save': 'Enregistrer',
  'billing.profile.saving': 'Enregistrement…',
  'billing.profile.cancel': 'Annuler',
  'billing.profile.saved': 'Profil de facturation enregistré.',

  'billing.notSetUp.heading': 'Profil de facturation non configuré',
  'billing.notSetUp.body':
    'Le profil de facturation de votre organisation n’est pas encore configuré\u202f: il n’y a donc aucune adresse de facturation, aucun moyen de paiement ni aucune facture à afficher.',
  // Followed by the support address as a link, then a full stop.
  'billing.notSetUp.emailSupport': 'Pour le configurer, écrivez au support à l’adresse',
  'billing.notSetUp.emailSubject': (p) => `Configuration du profil de facturation – ${p.organization}`,
  'billing.notSetUp.contactAccountTeam': 'Pour le configurer, contactez votre chargé de compte.',

  'billing.payment.heading': 'Moyen de paiement',
  'billing.payment.endingIn': (p) => `se terminant par ${p.last4}`,
  'billing.payment.expires': (p) => `Expiration\u202f: ${p.date}`,
  'billing.payment.none': 'Aucun moyen de paiement enregistré.',

  'billing.invoices.heading': 'Factures',
  'billing.invoices.number': 'Numéro',
  'billing.invoices.date': 'Date',
  'billing.invoices.amount': 'Montant',
  'billing.invoices.status': 'Statut',
  'billing.invoices.file': 'Fichier',
  'billing.invoices.download': 'Télécharger',
  'billing.invoices.unavailable': 'Indisponible',
  'billing.invoices.downloadLabel': (p) => `Télécharger la facture ${p.number}`,
  'billing.invoices.empty': 'Aucune facture pour l’instant',
  'billing.invoices.emptyHint': 'Les factures apparaissent ici à la fin de chaque période de facturation.',
  'billing.invoices.status.paid': 'Payée',
  'billing.invoices.status.open': 'À payer',
  'billing.invoices.status.void': 'Annulée',
  'billing.invoices.status.uncollectible': 'Irrécouvrable',
};
