import type { membershipMessages } from '../en/membership.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the membership panel, Personal > Membership (Arabic). */
export const membershipAr: AreaTranslation<typeof membershipMessages> = {
  'membership.organization.heading': 'المؤسسة',
  'membership.organization.name': 'الاسم',
  'membership.role': 'دورك',
  'membership.companyAccess': 'الوصول إلى الشركات',
  'membership.companyAccess.all': 'جميع الشركات',
  'membership.companyAccess.none': 'لا توجد شركات',
  // `count` arrives formatted, so the noun cannot agree with it: "شركات محددة (١٢)".
  'membership.companyAccess.many': (p) => `شركات محددة (${p.count})`,

  'membership.companies.heading': 'الشركات',
  'membership.companies.empty': 'لست عضوًا في أي شركة بعد. اطلب من أحد مسؤولي المؤسسة أو من أحد مسؤولي شركتك إضافتك.',
  'membership.company': 'الشركة',
  'membership.grantedBy': 'مصدر العضوية',
  'membership.grantedBy.organization': 'فريق إدارة المؤسسة',
  'membership.grantedBy.company': 'عضوية الشركة',
  'membership.filter': 'البحث عن شركة',
  'membership.count': (p) => `عرض ${p.shown} من أصل ${p.total}.`,
  'membership.showAll': (p) => `عرض الكل (${p.total})`,
  'membership.noMatch': (p) => `لا توجد شركة مطابقة لـ«${p.query}».`,
};
