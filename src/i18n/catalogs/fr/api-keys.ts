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

/** "1 jour", "30 jours" (the policy allows warnings from a single day). */
const days = (n: number) => plural(n, { one: `${formatNumber(n)} jour`, other: `${formatNumber(n)} jours` });
const hours = (n: number) => plural(n, { one: `${formatNumber(n)} heure`, other: `${formatNumber(n)} heures` });

/**
 * Strings of the api-keys panel (French), its dialogs' and guided rotation's included: English keeps those
 * apart (`en/api-key-dialogs.ts` and its neighbours, loaded with their code), a language's catalog is
 * registered whole.
 * Wording follows the help page ("Create a new key first…");
 * a key is « révoquée » (for good) or « désactivée » (until « Réactiver »), and replaced by « rotation ».
 */
export const apiKeysFr: AreaTranslation<ApiKeysCatalog> = {
  // list
  'apiKeys.search': 'Rechercher une clé par nom',
  'apiKeys.filter': 'Afficher',
  'apiKeys.filter.active': 'Clés actives et désactivées',
  'apiKeys.filter.expiring': 'Expiration proche',
  'apiKeys.filter.all': 'Toutes les clés',
  'apiKeys.column.name': 'Nom',
  'apiKeys.column.created': 'Création',
  'apiKeys.column.lastUsed': 'Dernière utilisation',
  'apiKeys.column.expires': 'Expiration',
  'apiKeys.column.status': 'Statut',
  'apiKeys.column.actions': 'Actions',
  'apiKeys.status.active': 'Active',
  'apiKeys.status.expired': 'Expirée',
  'apiKeys.status.revoked': 'Révoquée',
  'apiKeys.status.disabled': 'Désactivée',
  'apiKeys.expiresSoon': 'Expire bientôt',
  'apiKeys.replacedBy': (p) => `remplacée par «\u00a0${p.name}\u00a0»`,
  'apiKeys.replacedByNewer': 'remplacée par une clé plus récente',
  'apiKeys.createdBy': (p) => `par ${p.name}`,
  'apiKeys.neverUsed': 'Jamais utilisée',
  'apiKeys.neverExpires': 'N’expire jamais',
  'apiKeys.replaces': (p) => `Remplace «\u00a0${p.name}\u00a0»`,
  'apiKeys.rotationInProgress': 'Rotation en cours',
  'apiKeys.count': (p) => `Clés affichées\u202f: ${p.shown} sur ${p.total}`,
  'apiKeys.more': 'Afficher plus',
  'apiKeys.empty.active': 'Aucune clé API active.',
  'apiKeys.empty.expiring': 'Aucune clé n’expire prochainement.',
  'apiKeys.empty.all': 'Aucune clé API pour l’instant.',
  'apiKeys.empty.search': (p) => `Aucune clé ne correspond à «\u00a0${p.query}\u00a0». Essayez un autre nom.`,
  'apiKeys.empty.next': 'Créez une clé pour permettre à une intégration d’appeler l’API au nom de votre organisation.',

  // create
  'apiKeys.create': 'Créer une clé',
  'apiKeys.creating': 'Création…',
  'apiKeys.createNew': 'Créer une nouvelle clé',
  'apiKeys.cancel': 'Annuler',
  'apiKeys.field.name': 'Nom',
  'apiKeys.field.nameHint':
    'Nommez-la d’après ce qui l’utilise, par exemple «\u00a0Déploiement CI\u00a0». Les clés actives doivent porter des noms différents.',
  'apiKeys.field.expiry': 'Durée de validité',
  'apiKeys.expiry.days': (p) => days(p.days),
  'apiKeys.expiry.never': 'Sans expiration',
  'apiKeys.expiry.max': (p) => `${days(p.days)} (maximum autorisé)`,
  'apiKeys.expiry.policy': (p) => `Votre organisation limite la validité des clés à ${days(p.days)}.`,

  // scopes
  'apiKeys.access': 'Accès',
  'apiKeys.access.full': 'Accès complet',
  'apiKeys.access.fullHint':
    'Tout ce que permet l’API, y compris ce qui sera ajouté plus tard. Proposé parce que vous disposez de toutes les autorisations.',
  'apiKeys.access.scoped': 'Uniquement ce que je choisis',
  'apiKeys.access.scopedHint': 'Seules les autorisations dont vous disposez vous-même sont proposées.',
  'apiKeys.access.none': 'Aucun accès',
  'apiKeys.access.read': 'Lecture',
  'apiKeys.access.readWrite': 'Lecture et écriture',
  'apiKeys.access.chooseOne': 'Choisissez au moins une action que la clé pourra effectuer.',
  'apiKeys.access.noneGrantable':
    'Votre rôle ne dispose d’aucune autorisation pouvant être accordée à une clé\u202f: vous ne pouvez donc pas créer de clé ici.',
  'apiKeys.access.more': (p) => plural(p.count, { one: `+${formatNumber(p.count)} autre`, other: `+${formatNumber(p.count)} autres` }),
  'apiKeys.area.sites': 'Sites',
  'apiKeys.area.sites.description': 'Les sites de chaque entreprise\u202f: adresses et fuseaux horaires.',
  'apiKeys.area.members': 'Membres des entreprises',
  'apiKeys.area.members.description': 'Qui appartient à chaque entreprise, et avec quel rôle.',
  'apiKeys.area.company-data': 'Préférences de données',
  'apiKeys.area.company-data.description': 'Les préférences de données de chaque entreprise.',
  'apiKeys.area.admin-team': 'Équipe d’administration',
  'apiKeys.area.admin-team.description': 'L’équipe d’administration de l’organisation et ses accès aux entreprises.',
  'apiKeys.area.billing': 'Facturation',
  'apiKeys.area.billing.description': 'Offre, profil de facturation et factures.',
  'apiKeys.area.data-repository': 'Référentiel de données',
  'apiKeys.area.data-repository.description': 'Région de stockage, durée de conservation et paramètres de partage.',
  // Listed in brackets after an area: "Sites (lecture, écriture)".
  'apiKeys.level.read': 'lecture',
  'apiKeys.level.write': 'écriture',

  // details
  'apiKeys.details.heading': (p) => `Clé API «\u00a0${p.name}\u00a0»`,
  'apiKeys.details.prefix': 'Commence par',
  'apiKeys.details.createdBy': 'Créée par',
  'apiKeys.details.disabled': 'Désactivée',
  'apiKeys.details.revoked': 'Révoquée',
  'apiKeys.details.replaces': 'Remplace',
  'apiKeys.details.replacedBy': 'Remplacée par',
  'apiKeys.details.close': 'Fermer',

  // policy
  'apiKeys.policy.maxLifetime': (p) =>
    `Les nouvelles clés expirent au bout de ${days(p.days)} maximum. Elles sont signalées ${days(p.warning)} avant leur expiration.`,
  'apiKeys.policy.noLimit': (p) =>
    `Les clés peuvent être créées sans date d’expiration. Elles sont signalées ${days(p.warning)} avant leur expiration.`,
  'apiKeys.policy.setBy': (p) => `Politique des clés définie par ${p.name} le ${p.date}.`,
  'apiKeys.policy.default': 'Il s’agit de la politique des clés par défaut.',
  'apiKeys.policy.askOwner': 'Un propriétaire de l’organisation peut la modifier.',
  'apiKeys.policy.edit': 'Modifier la politique',
  'apiKeys.policy.heading': 'Politique des clés API',
  'apiKeys.policy.field.maxLifetime': 'Durée de validité maximale d’une nouvelle clé',
  'apiKeys.policy.field.maxLifetimeHint':
    'Les clés existantes conservent leur date d’expiration. Sans limite, les clés peuvent ne jamais expirer.',
  'apiKeys.policy.noLimitOption': 'Aucune limite',
  'apiKeys.policy.field.warning': 'Signaler les clés avant expiration',
  'apiKeys.policy.warningDays': (p) => `${days(p.days)} avant`,
  'apiKeys.policy.save': 'Enregistrer la politique',
  'apiKeys.policy.saving': 'Enregistrement…',
  'apiKeys.policy.saved': 'Politique des clés enregistrée.',

  // expiry warnings
  'apiKeys.expiring.count': (p) => {
    const count = formatNumber(p.count);
    const when = p.days === 7 ? 'cette semaine' : `d’ici ${days(p.days)}`;
    return plural(p.count, { one: `${count} clé expire ${when}`, other: `${count} clés expirent ${when}` });
  },
  'apiKeys.expiring.next': 'Effectuez leur rotation avant qu’elles n’expirent, pour que les intégrations continuent de fonctionner.',
  'apiKeys.expiring.showAll': 'Afficher les clés qui expirent bientôt',

  // disable / enable
  'apiKeys.disable': 'Désactiver',
  'apiKeys.disableOf': (p) => `Désactiver la clé ${p.name}`,
  'apiKeys.enable': 'Réactiver',
  'apiKeys.enableOf': (p) => `Réactiver la clé ${p.name}`,
  'apiKeys.disabled': (p) =>
    `La clé «\u00a0${p.name}\u00a0» a été désactivée. Les requêtes qui l’utilisent échouent jusqu’à ce que vous la réactiviez.`,
  'apiKeys.enabled': (p) => `La clé «\u00a0${p.name}\u00a0» a été réactivée.`,
  'apiKeys.revoke.recentlyUsed': (p) =>
    `La clé «\u00a0${p.name}\u00a0» a été utilisée récemment. Désactivez-la d’abord\u202f: les requêtes qui l’utilisent échoueront, et vous pourrez la réactiver si quelque chose en dépend encore.`,
  'apiKeys.revoke.disableInstead': 'Désactiver plutôt',
  // The accessible name starts with the visible label.
  'apiKeys.revokeNowOf': (p) => `Révoquer maintenant\u202f: ${p.name}`,
  'apiKeys.revokeNow': 'Révoquer maintenant',
  'apiKeys.created': (p) => `Clé API «\u00a0${p.name}\u00a0» créée.`,
  'apiKeys.createdWhileAway': (p) =>
    `La clé API «\u00a0${p.name}\u00a0» a été créée après que vous avez quitté cette page\u202f: son secret n’a donc pas pu être affiché. Révoquez-la et créez une nouvelle clé si vous avez besoin du secret.`,

  // the secret, shown once
  'apiKeys.secret.heading': (p) => `Nouvelle clé API «\u00a0${p.name}\u00a0»`,
  'apiKeys.secret.once': 'Copiez ce secret maintenant. Vous ne pourrez plus le voir ensuite.',
  'apiKeys.secret.copy': 'Copier',
  'apiKeys.secret.copied': 'Copié',
  'apiKeys.secret.selected':
    'La copie n’est pas disponible ici. Le secret est sélectionné\u202f: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  'apiKeys.secret.saved': 'J’ai enregistré ce secret',
  'apiKeys.secret.done': 'Terminé',

  // revoke
  'apiKeys.revoke': 'Révoquer',
  'apiKeys.revokeOf': (p) => `Révoquer la clé ${p.name}`,
  'apiKeys.revoking': 'Révocation…',
  'apiKeys.revoke.heading': (p) => `Révoquer «\u00a0${p.name}\u00a0»\u202f?`,
  'apiKeys.revoke.consequence': 'Les requêtes qui utilisent cette clé échoueront immédiatement avec des erreurs d’authentification.',
  'apiKeys.revoke.typeName': (p) => `Saisissez ${p.name} pour confirmer`,
  'apiKeys.revoked': (p) => `La clé «\u00a0${p.name}\u00a0» a été révoquée.`,

  // rotate
  'apiKeys.rotate': 'Rotation',
  'apiKeys.rotateOf': (p) => `Rotation de la clé ${p.name}`,
  'apiKeys.continueRotation': 'Poursuivre la rotation',
  'apiKeys.continueRotationOf': (p) => `Poursuivre la rotation de la clé ${p.name}`,
  'apiKeys.rotationLoadFailed': 'La rotation de clé n’a pas pu être chargée. Vérifiez votre connexion et réessayez\u202f; si l’échec persiste, rechargez la page.',
  'apiKeys.rotate.heading': (p) => `Rotation de la clé «\u00a0${p.name}\u00a0»`,
  'apiKeys.rotate.intro':
    'Créez d’abord une nouvelle clé, mettez à jour toutes les intégrations, vérifiez que le trafic passe bien, puis révoquez l’ancienne clé. Vous évitez ainsi toute interruption de service.',
  'apiKeys.rotate.step1': 'Créer la clé de remplacement',
  'apiKeys.rotate.step2': 'Mettre à jour les intégrations',
  'apiKeys.rotate.step3': 'Vérifier le trafic',
  'apiKeys.rotate.step4': 'Retirer l’ancienne clé',
  'apiKeys.rotate.stepHeading': (p) => `Étape ${formatNumber(p.step)} sur ${formatNumber(4)}\u202f: ${p.title}`,
  'apiKeys.rotate.nameHint': 'La clé de remplacement peut garder le nom de l’ancienne.',
  'apiKeys.rotate.create': 'Créer la clé de remplacement',
  'apiKeys.rotate.update': (p) =>
    `Ajoutez la nouvelle clé à chaque intégration qui utilise «\u00a0${p.name}\u00a0»\u202f: serveurs, secrets de CI, outils tiers. Les deux clés fonctionnent jusqu’à ce que vous révoquiez l’ancienne.`,
  'apiKeys.rotate.confirm':
    'Envoyez des requêtes avec la nouvelle clé, puis actualisez pour voir quand chaque clé a été utilisée pour la dernière fois.',
  'apiKeys.rotate.newKey': (p) => `Nouvelle clé «\u00a0${p.name}\u00a0»`,
  'apiKeys.rotate.oldKey': (p) => `Ancienne clé «\u00a0${p.name}\u00a0»`,
  'apiKeys.rotate.traffic': 'La nouvelle clé reçoit du trafic.',
  'apiKeys.rotate.waiting': 'La nouvelle clé n’a pas encore été utilisée.',
  'apiKeys.rotate.refresh': 'Actualiser',
  'apiKeys.rotate.refreshing': 'Actualisation…',
  'apiKeys.rotate.ready': 'La nouvelle clé est utilisée\u202f: l’ancienne peut être retirée.',
  'apiKeys.rotate.noTraffic':
    'La nouvelle clé n’a pas encore été utilisée\u202f: des intégrations dépendent peut-être encore de l’ancienne.',
  'apiKeys.rotate.revokeAnyway': 'Révoquer quand même',
  'apiKeys.rotate.revoke': 'Révoquer l’ancienne clé',
  'apiKeys.rotate.when': 'Quand l’ancienne clé doit-elle cesser de fonctionner\u202f?',
  'apiKeys.rotate.when.now': 'Maintenant\u202f: la révoquer',
  'apiKeys.rotate.when.hours': (p) => (p.hours < 48 ? `Dans ${hours(p.hours)}` : `Dans ${days(p.hours / 24)}`),
  'apiKeys.rotate.whenHint':
    'Avec un délai, les deux clés fonctionnent jusqu’à son terme, puis l’ancienne clé expire d’elle-même.',
  'apiKeys.rotate.schedule': 'Planifier l’expiration',
  'apiKeys.rotate.scheduling': 'Planification…',
  'apiKeys.rotate.scopesHint': 'Par défaut, la clé de remplacement reprend les accès de l’ancienne.',
  'apiKeys.rotate.back': 'Retour',
  'apiKeys.rotate.next': 'Suivant',
  'apiKeys.rotate.later': 'Terminer plus tard',
  'apiKeys.rotated': (p) => `Rotation terminée\u202f: l’ancienne clé «\u00a0${p.old}\u00a0» a été révoquée et la nouvelle clé «\u00a0${p.new}\u00a0» est en service.`,
  // `when` is relative: "dans 3 jours".
  'apiKeys.rotationScheduled': (p) => `La clé «\u00a0${p.old}\u00a0» cessera de fonctionner ${p.when}\u202f; «\u00a0${p.new}\u00a0» la remplace.`,
  'apiKeys.conflict.idempotencyKeySpent':
    'La clé créée par cette requête n’est plus active\u202f: son secret ne peut donc plus être affiché. Créez une nouvelle clé pour obtenir un nouveau secret.',
  'apiKeys.conflict.rotationInProgress': 'Cette clé est déjà en cours de rotation. Poursuivez sa rotation depuis la liste.',
  'apiKeys.conflict.alreadyRevoked': 'Cette clé a déjà été révoquée.',
  'apiKeys.conflict.alreadyDisabled': 'Cette clé a déjà été désactivée.',
  'apiKeys.conflict.notActive': 'Cette clé n’est plus active\u202f: elle a été révoquée ou a expiré.',
  'apiKeys.conflict.notDisabled': 'Cette clé n’est plus désactivée\u202f: elle a été réactivée, révoquée ou a expiré.',
  'apiKeys.conflict.notRotating':
    'Cette clé n’a plus de clé de remplacement active\u202f: son expiration ne peut donc pas être planifiée. Révoquez-la maintenant ou relancez sa rotation.',
};
