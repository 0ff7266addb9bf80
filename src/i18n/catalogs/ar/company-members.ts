import { plural } from '../../plural.js';
import type { companyMembersMessages } from '../en/company-members.js';
import type { AreaTranslation } from '../../translation.js';

/**
 * Strings of the company-members panel (Arabic). Members that come from the admin team are managed
 * at "الإعدادات > المؤسسة > فريق الإدارة", the help page's path.
 */
export const companyMembersAr: AreaTranslation<typeof companyMembersMessages> = {
  // list
  'companyMembers.heading': (p) => `أعضاء ${p.company}`,
  'companyMembers.search': 'البحث في الأعضاء',
  'companyMembers.searchPlaceholder': 'الاسم أو البريد الإلكتروني',
  'companyMembers.invite': 'دعوة عضو',
  // `count` is the total; `total` is the same number, already formatted.
  'companyMembers.count': (p) =>
    plural(p.count, {
      zero: `عرض ${p.shown} من أصل ${p.total} عضو`,
      one: `عرض ${p.shown} من أصل ${p.total}`,
      two: `عرض ${p.shown} من أصل ${p.total}`,
      few: `عرض ${p.shown} من أصل ${p.total} أعضاء`,
      many: `عرض ${p.shown} من أصل ${p.total} عضوًا`,
      other: `عرض ${p.shown} من أصل ${p.total} عضو`,
    }),
  'companyMembers.more': 'عرض المزيد من الأعضاء',
  'companyMembers.loadingMore': 'جارٍ تحميل المزيد من الأعضاء…',
  'companyMembers.empty': (p) => `لا يوجد أعضاء في ${p.company} بعد.`,
  'companyMembers.empty.invite': 'استخدم «دعوة عضو» لإضافة شخص ما.',
  'companyMembers.noMatch': (p) => `لا يوجد عضو مطابق لـ«${p.query}». تحقّق من الإملاء، أو ابحث بالبريد الإلكتروني.`,
  'companyMembers.column.member': 'العضو',
  'companyMembers.column.role': 'الدور',
  'companyMembers.column.status': 'الحالة',
  'companyMembers.column.actions': 'الإجراءات',

  // cells
  'companyMembers.organization': 'فريق إدارة المؤسسة',
  'companyMembers.managedLink': 'الإدارة من «فريق الإدارة»',
  'companyMembers.managedText': 'تتم إدارته من الإعدادات > المؤسسة > فريق الإدارة',

  // row actions
  'companyMembers.actions': (p) => `إجراءات ${p.name}`,
  'companyMembers.action.role': 'تغيير الدور',
  'companyMembers.action.resend': 'إعادة إرسال الدعوة',
  'companyMembers.action.cancel': 'إلغاء الدعوة',
  'companyMembers.action.remove': 'إزالة',
  'companyMembers.reason.notGrantable': (p) => `لا يسمح لك دورك بتغيير الأعضاء ذوي الدور ${p.role}.`,

  // invite / change role
  'companyMembers.form.inviteHeading': (p) => `دعوة عضو إلى ${p.company}`,
  'companyMembers.form.email': 'عنوان البريد الإلكتروني',
  'companyMembers.form.emailHint': 'سيتلقى المدعو رسالة دعوة بالبريد الإلكتروني تحتوي على رابط للانضمام.',
  'companyMembers.form.role': 'الدور',
  'companyMembers.form.rolePlaceholder': 'اختر دورًا',
  'companyMembers.form.roleRequired': 'اختر دورًا.',
  'companyMembers.form.cancel': 'إلغاء',
  'companyMembers.form.send': 'إرسال الدعوة',
  'companyMembers.form.sending': 'جارٍ إرسال الدعوة…',
  'companyMembers.role.heading': (p) => `تغيير دور ${p.name}`,
  'companyMembers.role.self': (p) => `هذا دورك أنت: اختيار دور بصلاحيات أقل سيحدّ مما يمكنك فعله في ${p.company}.`,
  'companyMembers.role.save': 'حفظ الدور',
  'companyMembers.role.saving': 'جارٍ الحفظ…',

  // remove / cancel invitation
  'companyMembers.remove.heading': (p) => `إزالة ${p.name} من ${p.company}؟`,
  'companyMembers.remove.body': (p) => `سيُلغى وصول ${p.name} إلى ${p.company} وإعداداتها.`,
  'companyMembers.remove.self': (p) =>
    `أنت على وشك إزالة نفسك. ستفقد الوصول إلى ${p.company} وإعداداتها، ولن يتمكن من إضافتك مجددًا إلا أحد مسؤولي ${p.company}.`,
  'companyMembers.remove.removing': 'جارٍ الإزالة…',
  'companyMembers.cancelInvitation.heading': (p) => `إلغاء الدعوة المرسلة إلى ${p.email}؟`,
  'companyMembers.cancelInvitation.body': 'سيتوقف الرابط الوارد في رسالة الدعوة عن العمل. يمكنك إرسال دعوة جديدة لاحقًا.',
  'companyMembers.cancelInvitation.keep': 'الإبقاء على الدعوة',
  'companyMembers.cancelInvitation.cancelling': 'جارٍ الإلغاء…',

  // outcomes (announced in the panel's status line)
  'companyMembers.done.invited': (p) => `تم إرسال رسالة الدعوة إلى ${p.email}.`,
  'companyMembers.done.updated': (p) => `أصبح دور ${p.name} الآن ${p.role}.`,
  'companyMembers.done.resending': (p) => `جارٍ إعادة إرسال الدعوة إلى ${p.email}…`,
  'companyMembers.done.resent': (p) => `تمت إعادة إرسال رسالة الدعوة إلى ${p.email}.`,
  'companyMembers.done.removed': (p) => `تمت إزالة ${p.name} من ${p.company}.`,
  'companyMembers.done.cancelled': (p) => `تم إلغاء الدعوة المرسلة إلى ${p.email}.`,
};
