import type { membershipMessages } from '../en/membership.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the membership panel, Paramètres > Personnel > Appartenance (French). */
export const membershipFr: AreaTranslation<typeof membershipMessages> = {
  'membership.organization.heading': 'Organisation',
  'membership.organization.name': 'Nom',
  'membership.role': 'Votre rôle',
  'membership.companyAccess': 'Accès aux entreprises',
  'membership.companyAccess.all': 'Toutes les entreprises',
  'membership.companyAccess.none': 'Aucune entreprise',
  'membership.companyAccess.many': (p) => `Certaines entreprises (${p.count})`,

  'membership.companies.heading': 'Entreprises',
  'membership.companies.empty':
    'Vous n’êtes encore membre d’aucune entreprise. Demandez à un administrateur de l’organisation ou de votre entreprise de vous ajouter.',
  'membership.company': 'Entreprise',
  'membership.grantedBy': 'Accès via',
  'membership.grantedBy.organization': 'Équipe d’administration de l’organisation',
  'membership.grantedBy.company': 'Appartenance à l’entreprise',
  'membership.filter': 'Rechercher une entreprise',
  'membership.count': (p) => `Entreprises affichées\u202f: ${p.shown} sur ${p.total}.`,
  'membership.showAll': (p) => `Tout afficher (${p.total})`,
  'membership.noMatch': (p) => `Aucune entreprise ne correspond à «\u00a0${p.query}\u00a0».`,
};
