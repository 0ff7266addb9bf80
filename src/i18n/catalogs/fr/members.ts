import { formatNumber } from '../../localize.js';
import type { membersMessages } from '../en/members.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the member cells shared by Équipe d’administration and Membres (French). */
export const membersFr: AreaTranslation<typeof membersMessages> = {
  'members.you': '(vous)',
  'members.status.active': 'Actif',
  'members.status.invited': 'Invité',
  // Followed by a relative time: "L’invitation expire dans 3 jours", "Invitation expirée il y a 2 jours".
  'members.status.expires': 'L’invitation expire',
  'members.status.expired': 'Invitation expirée',
  'members.email.invalid': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.com.',
  'members.email.tooLong': (p) => `Utilisez une adresse e-mail de ${formatNumber(p.max)} caractères maximum.`,
};
