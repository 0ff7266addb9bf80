import type { adminTeamFormMessages } from '../en/admin-team-form.js';
import type { adminTeamMessages } from '../en/admin-team.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the admin-team panel (French). « Ajouter un membre » renders the help page's "Add member". */
export const adminTeamFr: AreaTranslation<typeof adminTeamMessages & typeof adminTeamFormMessages> = {
  // list
  'adminTeam.search': 'Rechercher dans l’équipe d’administration',
  'adminTeam.searchPlaceholder': 'Rechercher par nom ou e-mail',
  'adminTeam.add': 'Ajouter un membre',
  'adminTeam.count': (p) => `Membres affichés\u202f: ${p.shown} sur ${p.total}`,
  'adminTeam.more': 'Afficher plus',
  'adminTeam.loadingMore': 'Chargement de la suite…',
  'adminTeam.empty':
    'L’équipe d’administration ne compte encore aucun membre. Cliquez sur «\u00a0Ajouter un membre\u00a0» pour inviter quelqu’un.',
  'adminTeam.emptyViewOnly': 'L’équipe d’administration ne compte encore aucun membre.',
  'adminTeam.noMatch': (p) => `Aucun membre ne correspond à «\u00a0${p.query}\u00a0». Vérifiez l’orthographe ou recherchez par e-mail.`,
  'adminTeam.column.member': 'Membre',
  'adminTeam.column.role': 'Rôle',
  'adminTeam.column.access': 'Accès aux entreprises',
  'adminTeam.column.status': 'Statut',
  'adminTeam.column.actions': 'Actions',

  // cells
  'adminTeam.access.all': 'Toutes les entreprises',
  'adminTeam.access.none': 'Aucun accès aux entreprises',
  // Only used from two companies left over, so "autres" is always plural.
  'adminTeam.access.more': (p) => `${p.companies} et ${p.count} autres`,

  // row actions
  'adminTeam.actions': (p) => `Actions pour ${p.name}`,
  'adminTeam.action.edit': 'Modifier le rôle et l’accès',
  'adminTeam.action.resend': 'Renvoyer l’invitation',
  'adminTeam.action.cancel': 'Annuler l’invitation',
  'adminTeam.action.remove': 'Retirer',
  'adminTeam.reason.lastOwnerDemote': 'Le dernier propriétaire ne peut pas changer de rôle. Désignez d’abord un autre propriétaire.',
  'adminTeam.reason.lastOwnerRemove': 'Le dernier propriétaire ne peut pas être retiré. Désignez d’abord un autre propriétaire.',
  'adminTeam.reason.notGrantable': (p) => `Votre rôle ne permet pas de modifier les membres qui ont le rôle ${p.role}.`,
  'adminTeam.reason.widerAccess': (p) =>
    `${p.name} a accès à des entreprises auxquelles vous n’avez pas accès\u202f: seule une personne disposant de cet accès peut le modifier.`,
  'adminTeam.reason.yourself':
    'Vous ne pouvez pas modifier votre propre rôle ni votre accès aux entreprises. Adressez-vous à un autre propriétaire ou administrateur.',

  // add / edit form
  'adminTeam.form.editHeading': (p) => `Modifier le rôle et l’accès de ${p.name}`,
  'adminTeam.form.email': 'Adresse e-mail',
  'adminTeam.form.emailHint': 'Cette personne recevra un e-mail d’invitation avec un lien pour rejoindre l’organisation.',
  'adminTeam.form.role': 'Rôle',
  'adminTeam.form.rolePlaceholder': 'Choisissez un rôle',
  'adminTeam.form.roleRequired': 'Choisissez un rôle.',
  'adminTeam.form.roleAllCompanies': (p) => `Les membres qui ont le rôle ${p.role} ont accès à toutes les entreprises.`,
  'adminTeam.form.roleNoCompanies': (p) => `Les membres qui ont le rôle ${p.role} n’ont accès à aucune entreprise.`,
  'adminTeam.form.access': 'Accès aux entreprises',
  'adminTeam.form.specific': 'Certaines entreprises',
  'adminTeam.form.heldOnly': 'Vous ne pouvez donner accès qu’aux entreprises auxquelles vous avez vous-même accès.',
  'adminTeam.form.filterCompanies': 'Filtrer les entreprises',
  'adminTeam.form.companies': 'Entreprises',
  'adminTeam.form.loadingCompanies': 'Chargement des entreprises…',
  'adminTeam.form.noCompanyMatch': 'Aucune entreprise ne correspond.',
  'adminTeam.form.moreCompanies': 'Afficher plus d’entreprises',
  'adminTeam.form.selected': (p) => `Entreprises sélectionnées\u202f: ${p.count}`,
  'adminTeam.form.companiesRequired': 'Choisissez au moins une entreprise.',
  'adminTeam.form.cancel': 'Annuler',
  'adminTeam.formLoadFailed': 'La fenêtre du membre n’a pas pu être chargée. Vérifiez votre connexion et réessayez\u202f; si l’échec persiste, rechargez la page.',
  'adminTeam.form.send': 'Envoyer l’invitation',
  'adminTeam.form.sending': 'Envoi de l’invitation…',
  'adminTeam.form.save': 'Enregistrer les modifications',
  'adminTeam.form.saving': 'Enregistrement…',

  // remove / cancel invitation
  'adminTeam.remove.heading': (p) => `Retirer ${p.name}\u202f?`,
  'adminTeam.remove.body': (p) =>
    `${p.name} quittera l’équipe d’administration et perdra l’accès qu’elle donne aux paramètres de l’organisation et aux entreprises.`,
  'adminTeam.remove.self': 'Vous êtes sur le point de vous retirer vous-même. Vous perdrez l’accès aux paramètres de l’organisation.',
  'adminTeam.remove.confirm': 'Retirer',
  'adminTeam.remove.removing': 'Retrait en cours…',
  'adminTeam.cancelInvitation.heading': (p) => `Annuler l’invitation envoyée à ${p.email}\u202f?`,
  'adminTeam.cancelInvitation.body':
    'Le lien de l’e-mail d’invitation ne fonctionnera plus. Vous pourrez inviter cette personne à nouveau plus tard.',
  'adminTeam.cancelInvitation.keep': 'Conserver l’invitation',
  'adminTeam.cancelInvitation.cancelling': 'Annulation…',

  // outcomes (announced in the panel's status line)
  'adminTeam.done.invited': (p) => `E-mail d’invitation envoyé à ${p.email}.`,
  'adminTeam.done.updated': (p) => `Le rôle et l’accès de ${p.name} ont été enregistrés.`,
  'adminTeam.done.resending': (p) => `Nouvel envoi de l’invitation à ${p.email}…`,
  'adminTeam.done.resent': (p) => `E-mail d’invitation renvoyé à ${p.email}.`,
  'adminTeam.done.removed': (p) => `${p.name} ne fait plus partie de l’équipe d’administration.`,
  'adminTeam.done.cancelled': (p) => `L’invitation envoyée à ${p.email} a été annulée.`,
};
