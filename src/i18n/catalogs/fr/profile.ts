import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { profileMessages } from '../en/profile.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the profile panel, Paramètres > Personnel > Général (French). */
export const profileFr: AreaTranslation<typeof profileMessages> = {
  'profile.heading': 'Profil',
  'profile.avatar.alt': (p) => `Photo de profil de ${p.name}`,
  'profile.name': 'Nom',
  'profile.name.required': 'Saisissez votre nom.',
  'profile.jobTitle': 'Poste',
  'profile.avatarUrl': 'URL de la photo de profil',
  'profile.avatarUrl.hint':
    'Facultatif\u202f: l’adresse web d’une image, commençant par https://. Laissez ce champ vide pour afficher vos initiales.',
  'profile.email': 'E-mail',
  'profile.email.hint': 'Vous vous connectez avec cette adresse e-mail. Elle ne peut pas être modifiée ici.',
  'profile.email.sso': (p) => `Votre adresse e-mail est gérée par ${p.provider}.`,
  'profile.save': 'Enregistrer',
  'profile.saving': 'Enregistrement…',
  'profile.cancel': 'Annuler',
  'profile.saved': 'Votre profil a été enregistré.',

  'profile.password.heading': 'Mot de passe',
  'profile.password.intro': 'Vous recevrez un e-mail contenant un lien pour définir un nouveau mot de passe.',
  'profile.password.send': 'Envoyer l’e-mail de réinitialisation',
  'profile.password.sending': 'Envoi…',
  'profile.password.sent': (p) => `Nous avons envoyé à ${p.email} un e-mail contenant un lien pour définir un nouveau mot de passe.`,
  'profile.password.wait': (p) =>
    plural(p.seconds, {
      one: `Vous pourrez demander un nouvel e-mail dans ${formatNumber(p.seconds)} seconde.`,
      other: `Vous pourrez demander un nouvel e-mail dans ${formatNumber(p.seconds)} secondes.`,
    }),
  'profile.password.sso': (p) =>
    `Les réinitialisations de mot de passe sont gérées par votre administrateur informatique via ${p.provider}.`,
  'profile.password.ssoUnnamed': 'Les réinitialisations de mot de passe sont gérées par votre administrateur informatique.',
};
