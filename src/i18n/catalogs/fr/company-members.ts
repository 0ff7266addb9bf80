import { plural } from '../../plural.js';
import type { companyMembersMessages } from '../en/company-members.js';
import type { AreaTranslation } from '../../translation.js';

/**
 * Strings of the company-members panel (French). Members that come from the admin team are managed
 * at « Paramètres > Organisation > Équipe d’administration ».
 */
export const companyMembersFr: AreaTranslation<typeof companyMembersMessages> = {
  // list
  'companyMembers.heading': (p) => `Membres de l’entreprise ${p.company}`,
  'companyMembers.search': 'Rechercher des membres',
  'companyMembers.searchPlaceholder': 'Nom ou e-mail',
  'companyMembers.invite': 'Inviter un membre',
  'companyMembers.count': (p) =>
    plural(p.count, { one: `Membre affiché\u202f: ${p.shown} sur ${p.total}`, other: `Membres affichés\u202f: ${p.shown} sur ${p.total}` }),
  'companyMembers.more': 'Afficher plus de membres',
  'companyMembers.loadingMore': 'Chargement d’autres membres…',
  'companyMembers.empty': (p) => `${p.company} n’a encore aucun membre.`,
  'companyMembers.empty.invite': 'Cliquez sur «\u00a0Inviter un membre\u00a0» pour ajouter quelqu’un.',
  'companyMembers.noMatch': (p) => `Aucun membre ne correspond à «\u00a0${p.query}\u00a0». Vérifiez l’orthographe ou recherchez par e-mail.`,
  'companyMembers.column.member': 'Membre',
  'companyMembers.column.role': 'Rôle',
  'companyMembers.column.status': 'Statut',
  'companyMembers.column.actions': 'Actions',

  // cells
  'companyMembers.organization': 'Équipe d’administration de l’organisation',
  'companyMembers.managedLink': 'Gérer dans l’équipe d’administration',
  'companyMembers.managedText': 'Géré dans Paramètres > Organisation > Équipe d’administration',

  // row actions
  'companyMembers.actions': (p) => `Actions pour ${p.name}`,
  'companyMembers.action.role': 'Changer le rôle',
  'companyMembers.action.resend': 'Renvoyer l’invitation',
  'companyMembers.action.cancel': 'Annuler l’invitation',
  'companyMembers.action.remove': 'Retirer',
  'companyMembers.reason.notGrantable': (p) => `Votre rôle ne permet pas de modifier les membres qui ont le rôle ${p.role}.`,

  // invite / change role
  'companyMembers.form.inviteHeading': (p) => `Inviter un membre dans l’entreprise ${p.company}`,
  'companyMembers.form.email': 'Adresse e-mail',
  'companyMembers.form.emailHint': 'Cette personne recevra un e-mail d’invitation avec un lien pour rejoindre l’entreprise.',
  'companyMembers.form.role': 'Rôle',
  'companyMembers.form.rolePlaceholder': 'Choisissez un rôle',
  'companyMembers.form.roleRequired': 'Choisissez un rôle.',
  'companyMembers.form.cancel': 'Annuler',
  'companyMembers.form.send': 'Envoyer l’invitation',
  'companyMembers.form.sending': 'Envoi de l’invitation…',
  'companyMembers.role.heading': (p) => `Changer le rôle de ${p.name}`,
  'companyMembers.role.self': (p) =>
    `Il s’agit de votre propre rôle\u202f: un rôle doté de moins d’autorisations limitera ce que vous pouvez faire dans l’entreprise ${p.company}.`,
  'companyMembers.role.save': 'Enregistrer le rôle',
  'companyMembers.role.saving': 'Enregistrement…',

  // remove / cancel invitation
  'companyMembers.remove.heading': (p) => `Retirer ${p.name} de l’entreprise ${p.company}\u202f?`,
  'companyMembers.remove.body': (p) => `${p.name} perdra l’accès à l’entreprise ${p.company} et à ses paramètres.`,
  'companyMembers.remove.self': (p) =>
    `Vous êtes sur le point de vous retirer vous-même. Vous perdrez l’accès à l’entreprise ${p.company} et à ses paramètres, et seul un administrateur de cette entreprise pourra vous ajouter à nouveau.`,
  'companyMembers.remove.removing': 'Retrait en cours…',
  'companyMembers.cancelInvitation.heading': (p) => `Annuler l’invitation envoyée à ${p.email}\u202f?`,
  'companyMembers.cancelInvitation.body':
    'Le lien de l’e-mail d’invitation ne fonctionnera plus. Vous pourrez inviter cette personne à nouveau plus tard.',
  'companyMembers.cancelInvitation.keep': 'Conserver l’invitation',
  'companyMembers.cancelInvitation.cancelling': 'Annulation…',

  // outcomes (announced in the panel's status line)
  'companyMembers.done.invited': (p) => `E-mail d’invitation envoyé à ${p.email}.`,
  'companyMembers.done.updated': (p) => `${p.name} a désormais le rôle ${p.role}.`,
  'companyMembers.done.resending': (p) => `Nouvel envoi de l’invitation à ${p.email}…`,
  'companyMembers.done.resent': (p) => `E-mail d’invitation renvoyé à ${p.email}.`,
  'companyMembers.done.removed': (p) => `${p.name} ne fait plus partie de l’entreprise ${p.company}.`,
  'companyMembers.done.cancelled': (p) => `L’invitation envoyée à ${p.email} a été annulée.`,
};
