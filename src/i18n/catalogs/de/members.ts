import { formatNumber } from '../../localize.js';
import type { membersMessages } from '../en/members.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the member cells shared by Admin-Team and Mitglieder (German). */
export const membersDe: AreaTranslation<typeof membersMessages> = {
  'members.you': '(Sie)',
  'members.status.active': 'Aktiv',
  'members.status.invited': 'Eingeladen',
  // followed by a relative time: „Einladung endet in 3 Tagen“, „Einladung endete gestern“
  'members.status.expires': 'Einladung endet',
  'members.status.expired': 'Einladung endete',
  'members.email.invalid': 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  'members.email.tooLong': (p) => `Die E-Mail-Adresse darf höchstens ${formatNumber(p.max)} Zeichen lang sein.`,
};
