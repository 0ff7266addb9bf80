import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { coreMessages } from '../en/core.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the shell, the provider, the access rules and the shared states (French). */
export const coreFr: AreaTranslation<typeof coreMessages> = {
  // scopes and sections
  'scope.personal': 'Personnel',
  'scope.company': 'Entreprise',
  'scope.organization': 'Organisation',
  'section.personal/general': 'Général',
  'section.personal/preferences': 'Préférences',
  'section.personal/membership': 'Appartenance',
  'section.company/sites': 'Sites',
  'section.company/data-preferences': 'Préférences de données',
  'section.company/members': 'Membres',
  'section.organization/admin-team': 'Équipe d’administration',
  'section.organization/api-keys': 'Clés API',
  'section.organization/billing': 'Facturation',
  'section.organization/data-repository': 'Référentiel de données',
  'scope.organization.description': 'Les paramètres d’organisation s’appliquent à toutes les entreprises.',
  'scope.company.description': (p) => `Les paramètres d’entreprise s’appliquent uniquement à l’entreprise ${p.company}.`,
  'scope.company.descriptionNoCompany': 'Les paramètres d’entreprise s’appliquent uniquement à l’entreprise sélectionnée.',
  'scope.personal.description': 'Les paramètres personnels ne concernent que vous.',

  // access reasons
  'access.notOrganizationMember':
    'La section Organisation n’est visible que par les utilisateurs qui appartiennent à une organisation. Contactez un administrateur de l’organisation pour y être ajouté.',
  'access.missingPermission': (p) =>
    `La section ${p.section} n’est pas accessible avec votre rôle (${p.role}). Si vous en avez besoin, demandez l’accès à un administrateur de l’organisation.`,
  'access.missingPermission.apiKeys': (p) =>
    `Les clés API nécessitent un accès au niveau de l’organisation, que votre rôle (${p.role}) n’inclut pas. Si vous en avez besoin, demandez l’accès à un administrateur de l’organisation.`,
  'access.missingPermission.billing': (p) =>
    `L’accès à la facturation dépend du rôle, et votre rôle (${p.role}) ne l’inclut pas. Adressez-vous à un propriétaire ou à un responsable de la facturation de l’organisation.`,
  'access.missingPermission.company': (p) =>
    `La section ${p.section} de l’entreprise ${p.company} n’est pas accessible avec le rôle que vous y avez (${p.role}). Si vous en avez besoin, demandez l’accès à un administrateur de cette entreprise.`,
  'access.featureUnavailable': (p) =>
    `La section ${p.section} n’est pas activée pour votre organisation. Contactez votre chargé de compte pour l’activer.`,
  'access.noCompanyAccess.none':
    'Aucune entreprise ne vous est attribuée\u202f: il n’y a donc aucun paramètre d’entreprise à afficher. Demandez à un administrateur de l’organisation de vous attribuer une entreprise.',
  'access.noCompanyAccess.company':
    'Cette entreprise ne vous est pas attribuée. Choisissez l’une de vos entreprises ou demandez à un administrateur de l’organisation de vous l’attribuer.',
  'access.notOffered': 'Cette section ne fait pas partie de ces paramètres.',
  'access.ruleFailed': 'Cette section n’a pas pu déterminer qui peut la voir. Réessayez plus tard.',
  'access.viewOnly': (p) => `Lecture seule\u202f: votre rôle est ${p.role}.`,

  // shell
  'shell.sectionMenu': (p) => `Section\u202f: ${p.section}`,
  'shell.navLabel': 'Sections des paramètres',
  'shell.hiddenHelp.summary': 'Vous ne trouvez pas un paramètre\u202f?',
  'shell.hiddenHelp.intro': 'L’affichage dépend de vos autorisations et de vos affectations. Ces sections vous sont masquées\u202f:',
  'shell.hiddenHelp.none': 'Vous avez accès à toutes les sections.',
  'shell.hiddenTitle': (p) => `La section ${p.section} n’est pas disponible`,
  'shell.unknownSection': (p) => `Aucune section de paramètres ne s’appelle «\u00a0${p.section}\u00a0».`,
  'shell.backToGeneral': 'Aller à Général',
  'shell.panelFailed': 'Cette section n’a pas pu être affichée. Réessayez plus tard.',
  'shell.sectionCodeFailed': 'Cette section n’a pas pu être chargée. Vérifiez votre connexion et réessayez ; si l’échec persiste, rechargez la page.',

  // company switcher
  'switcher.label': 'Entreprise',
  'switcher.button': (p) => `Entreprise\u202f: ${p.company}`,
  'switcher.none': 'Aucune entreprise',
  'switcher.filter': 'Rechercher une entreprise',
  'switcher.noMatch': 'Aucune entreprise ne correspond.',
  'switcher.grantedByOrganization': 'Via l’organisation',

  // provider
  'session.loading': 'Chargement de vos paramètres…',
  'session.error': 'Impossible de charger vos paramètres.',
  'session.notFound': 'Le service des paramètres est introuvable. La page pointe peut-être vers une mauvaise adresse\u202f; si le problème persiste, contactez votre administrateur.',
  'session.unreachable': 'Impossible de joindre le service des paramètres. Vérifiez votre connexion, puis réessayez.',
  'session.unauthorized': 'Votre session a expiré. Reconnectez-vous pour continuer.',

  // shared states
  'state.loading': 'Chargement…',
  'state.retry': 'Réessayer',
  'state.dialogCodeFailed': 'Cette fenêtre n’a pas pu être chargée. Vérifiez votre connexion et réessayez\u202f; si l’échec persiste, rechargez la page.',
  'list.repeating': (p) =>
    plural(p.count, {
      one: `Le serveur a renvoyé les mêmes lignes\u202f; la liste s’arrête donc à ${p.shown} ligne.`,
      other: `Le serveur a renvoyé les mêmes lignes\u202f; la liste s’arrête donc à ${p.shown} lignes.`,
    }),
  'format.unknownDate': 'Inconnue',
  /** A date format with the sample date written in it, in Preferences and Data preferences. */
  'dateFormat.option': (p) => `${p.format} (${p.example})`,
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.',
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  'error.server': 'Une erreur s’est produite de notre côté. Réessayez dans un instant.',
  'error.forbidden':
    'Vous n’avez plus l’autorisation d’effectuer cette action. Vos accès ont été actualisés\u202f; ce que vous voyez a pu changer.',
  'error.notFound': 'Cet élément n’existe plus. Quelqu’un d’autre l’a peut-être supprimé.',
  'error.rateLimited': (p) =>
    plural(p.seconds, {
      one: `Trop de requêtes. Réessayez dans ${formatNumber(p.seconds)} seconde.`,
      other: `Trop de requêtes. Réessayez dans ${formatNumber(p.seconds)} secondes.`,
    }),
  'error.rateLimitedSoon': 'Trop de requêtes. Réessayez dans un instant.',
  'error.validation': 'Certains champs sont à vérifier.',
  'error.invalidResponse': 'Le serveur a renvoyé une réponse inattendue. Réessayez.',
  'error.conflict.idempotencyKeyInUse': 'Cette requête est encore en cours de traitement. Réessayez dans un instant.',
};
