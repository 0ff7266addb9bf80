import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { membersMessages } from '../en/members.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the member cells shared by Admin team and Members (Arabic). */
export const membersAr: AreaTranslation<typeof membersMessages> = {
  'members.you': '(أنت)',
  'members.status.active': 'نشط',
  'members.status.invited': 'مدعو',
  'members.status.expires': 'تنتهي صلاحية الدعوة',
  'members.status.expired': 'انتهت صلاحية الدعوة',
  'members.email.invalid': 'أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.',
  'members.email.tooLong': (p) =>
    `استخدم عنوان بريد إلكتروني لا يتجاوز ${plural(p.max, {
      zero: `${formatNumber(p.max)} حرف`,
      one: 'حرفًا واحدًا',
      two: 'حرفين',
      few: `${formatNumber(p.max)} أحرف`,
      many: `${formatNumber(p.max)} حرفًا`,
      other: `${formatNumber(p.max)} حرف`,
    })}.`,
};
