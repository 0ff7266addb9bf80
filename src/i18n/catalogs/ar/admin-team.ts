import type { adminTeamFormMessages } from '../en/admin-team-form.js';
import type { adminTeamMessages } from '../en/admin-team.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the admin-team panel (Arabic). «إضافة عضو» is the help page's "Add member". */
export const adminTeamAr: AreaTranslation<typeof adminTeamMessages & typeof adminTeamFormMessages> = {
  // list
  'adminTeam.search': 'البحث في فريق الإدارة',
  'adminTeam.searchPlaceholder': 'ابحث بالاسم أو البريد الإلكتروني',
  'adminTeam.add': 'إضافة عضو',
  'adminTeam.count': (p) => `عرض ${p.shown} من أصل ${p.total}`,
  'adminTeam.more': 'عرض المزيد',
  'adminTeam.loadingMore': 'جارٍ تحميل المزيد…',
  'adminTeam.empty': 'لا يوجد أحد في فريق الإدارة بعد. استخدم «إضافة عضو» لدعوة شخص ما.',
  'adminTeam.emptyViewOnly': 'لا يوجد أحد في فريق الإدارة بعد.',
  'adminTeam.noMatch': (p) => `لا يوجد عضو مطابق لـ«${p.query}». تحقّق من الإملاء، أو ابحث بالبريد الإلكتروني.`,
  'adminTeam.column.member': 'العضو',
  'adminTeam.column.role': 'الدور',
  'adminTeam.column.access': 'الوصول إلى الشركات',
  'adminTeam.column.status': 'الحالة',
  'adminTeam.column.actions': 'الإجراءات',

  // cells
  'adminTeam.access.all': 'جميع الشركات',
  'adminTeam.access.none': 'لا وصول إلى أي شركة',
  // `count` arrives formatted; «غيرها» reads right with any number.
  'adminTeam.access.more': (p) => `${p.companies} و${p.count} غيرها`,

  // row actions
  'adminTeam.actions': (p) => `إجراءات ${p.name}`,
  'adminTeam.action.edit': 'تعديل الدور والوصول',
  'adminTeam.action.resend': 'إعادة إرسال الدعوة',
  'adminTeam.action.cancel': 'إلغاء الدعوة',
  'adminTeam.action.remove': 'إزالة',
  'adminTeam.reason.lastOwnerDemote': 'لا يمكن تغيير دور آخر مالك إلى دور أدنى. عيّن شخصًا آخر مالكًا أولًا.',
  'adminTeam.reason.lastOwnerRemove': 'لا يمكن إزالة آخر مالك. عيّن شخصًا آخر مالكًا أولًا.',
  'adminTeam.reason.notGrantable': (p) => `لا يسمح لك دورك بتغيير الأعضاء ذوي الدور ${p.role}.`,
  'adminTeam.reason.widerAccess': (p) =>
    `لدى ${p.name} وصول إلى شركات لا تصل إليها أنت، لذا لا يمكن تغييره إلا لمن يملك هذا الوصول.`,
  'adminTeam.reason.yourself': 'لا يمكنك تغيير دورك أو وصولك إلى الشركات بنفسك. اطلب ذلك من مالك أو مسؤول آخر.',

  // add / edit form
  'adminTeam.form.editHeading': (p) => `تعديل الدور والوصول: ${p.name}`,
  'adminTeam.form.email': 'عنوان البريد الإلكتروني',
  'adminTeam.form.emailHint': 'سيتلقى المدعو رسالة دعوة بالبريد الإلكتروني تحتوي على رابط للانضمام.',
  'adminTeam.form.role': 'الدور',
  'adminTeam.form.rolePlaceholder': 'اختر دورًا',
  'adminTeam.form.roleRequired': 'اختر دورًا.',
  'adminTeam.form.roleAllCompanies': (p) => `لدى الأعضاء ذوي الدور ${p.role} وصول إلى جميع الشركات.`,
  'adminTeam.form.roleNoCompanies': (p) => `ليس لدى الأعضاء ذوي الدور ${p.role} وصول إلى أي شركة.`,
  'adminTeam.form.access': 'الوصول إلى الشركات',
  'adminTeam.form.specific': 'شركات محددة',
  'adminTeam.form.heldOnly': 'لا يمكنك منح الوصول إلا إلى الشركات التي تصل إليها أنت.',
  'adminTeam.form.filterCompanies': 'تصفية الشركات',
  'adminTeam.form.companies': 'الشركات',
  'adminTeam.form.loadingCompanies': 'جارٍ تحميل الشركات…',
  'adminTeam.form.noCompanyMatch': 'لا توجد شركة مطابقة.',
  'adminTeam.form.moreCompanies': 'عرض المزيد من الشركات',
  'adminTeam.form.selected': (p) => `الشركات المحددة: ${p.count}`,
  'adminTeam.form.companiesRequired': 'اختر شركة واحدة على الأقل.',
  'adminTeam.form.cancel': 'إلغاء',
  'adminTeam.formLoadFailed': 'تعذّر تحميل نافذة العضو. تحقّق من اتصالك وحاول مرة أخرى؛ وإن استمر الفشل فأعد تحميل الصفحة.',
  'adminTeam.form.send': 'إرسال الدعوة',
  'adminTeam.form.sending': 'جارٍ إرسال الدعوة…',
  'adminTeam.form.save': 'حفظ التغييرات',
  'adminTeam.form.saving': 'جارٍ الحفظ…',

  // remove / cancel invitation
  'adminTeam.remove.heading': (p) => `إزالة ${p.name}؟`,
  'adminTeam.remove.body': (p) =>
    `ستتم إزالة ${p.name} من فريق الإدارة، وسيُلغى ما يمنحه الفريق من وصول إلى إعدادات المؤسسة وإلى الشركات.`,
  'adminTeam.remove.self': 'أنت على وشك إزالة نفسك. ستفقد الوصول إلى إعدادات المؤسسة.',
  'adminTeam.remove.confirm': 'إزالة',
  'adminTeam.remove.removing': 'جارٍ الإزالة…',
  'adminTeam.cancelInvitation.heading': (p) => `إلغاء الدعوة المرسلة إلى ${p.email}؟`,
  'adminTeam.cancelInvitation.body': 'سيتوقف الرابط الوارد في رسالة الدعوة عن العمل. يمكنك إرسال دعوة جديدة لاحقًا.',
  'adminTeam.cancelInvitation.keep': 'الإبقاء على الدعوة',
  'adminTeam.cancelInvitation.cancelling': 'جارٍ الإلغاء…',

  // outcomes (announced in the panel's status line)
  'adminTeam.done.invited': (p) => `تم إرسال رسالة الدعوة إلى ${p.email}.`,
  'adminTeam.done.updated': (p) => `تم حفظ دور ${p.name} ووصوله إلى الشركات.`,
  'adminTeam.done.resending': (p) => `جارٍ إعادة إرسال الدعوة إلى ${p.email}…`,
  'adminTeam.done.resent': (p) => `تمت إعادة إرسال رسالة الدعوة إلى ${p.email}.`,
  'adminTeam.done.removed': (p) => `تمت إزالة ${p.name} من فريق الإدارة.`,
  'adminTeam.done.cancelled': (p) => `تم إلغاء الدعوة المرسلة إلى ${p.email}.`,
};
