import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { coreMessages } from '../en/core.js';
import type { AreaTranslation } from '../../translation.js';

/** "بعد ثانيتين", "بعد ٣٠ ثانية": seconds after a preposition (genitive dual). */
const seconds = (n: number): string =>
  plural(n, {
    zero: `${formatNumber(n)} ثانية`,
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: `${formatNumber(n)} ثوانٍ`,
    many: `${formatNumber(n)} ثانية`,
    other: `${formatNumber(n)} ثانية`,
  });

/** Strings of the shell, the provider, the access rules and the shared states (Arabic). */
export const coreAr: AreaTranslation<typeof coreMessages> = {
  // scopes and sections
  'scope.personal': 'شخصي',
  'scope.company': 'الشركة',
  'scope.organization': 'المؤسسة',
  'section.personal/general': 'عام',
  'section.personal/preferences': 'التفضيلات',
  'section.personal/membership': 'العضوية',
  'section.company/sites': 'المواقع',
  'section.company/data-preferences': 'تفضيلات البيانات',
  'section.company/members': 'الأعضاء',
  'section.organization/admin-team': 'فريق الإدارة',
  'section.organization/api-keys': 'مفاتيح API',
  'section.organization/billing': 'الفوترة',
  'section.organization/data-repository': 'مستودع البيانات',
  'scope.organization.description': 'تنطبق إعدادات المؤسسة على جميع الشركات.',
  'scope.company.description': (p) => `تنطبق إعدادات الشركة على ${p.company} فقط.`,
  'scope.company.descriptionNoCompany': 'تنطبق إعدادات الشركة على الشركة المحددة حاليًا فقط.',
  'scope.personal.description': 'الإعدادات الشخصية خاصة بك وحدك.',

  // access reasons
  'access.notOrganizationMember':
    'لا يظهر قسم المؤسسة إلا للمستخدمين المنتمين إلى مؤسسة. تواصل مع أحد مسؤولي المؤسسة لإضافتك.',
  'access.missingPermission': (p) =>
    `قسم «${p.section}» غير متاح لدورك (${p.role}). إذا كنت بحاجة إلى الوصول إليه، فاطلب ذلك من أحد مسؤولي المؤسسة.`,
  'access.missingPermission.apiKeys': (p) =>
    `تتطلب مفاتيح API صلاحية وصول على مستوى المؤسسة، ودورك (${p.role}) لا يتضمنها. إذا كنت بحاجة إلى الوصول، فاطلب ذلك من أحد مسؤولي المؤسسة.`,
  'access.missingPermission.billing': (p) =>
    `الوصول إلى الفوترة مقيّد حسب الدور، ودورك (${p.role}) لا يتضمن صلاحية الوصول إلى الفوترة. تواصل مع مالك المؤسسة أو مدير الفوترة.`,
  'access.missingPermission.company': (p) =>
    `قسم «${p.section}» في ${p.company} غير متاح لدورك هناك (${p.role}). إذا كنت بحاجة إلى الوصول إليه، فاطلب ذلك من أحد مسؤولي ${p.company}.`,
  'access.featureUnavailable': (p) => `قسم «${p.section}» غير مفعّل لمؤسستك. تواصل مع فريق حسابك لتفعيله.`,
  'access.noCompanyAccess.none':
    'لم يتم تعيينك في أي شركة، لذا لا توجد إعدادات شركة لعرضها. اطلب من أحد مسؤولي المؤسسة تعيينك في شركة.',
  'access.noCompanyAccess.company': 'لم يتم تعيينك في هذه الشركة. اختر إحدى شركاتك، أو اطلب من أحد مسؤولي المؤسسة تعيينك فيها.',
  'access.notOffered': 'هذا القسم ليس جزءًا من هذه الإعدادات.',
  'access.ruleFailed': 'تعذّر على هذا القسم تحديد من يمكنه رؤيته. حاول مرة أخرى لاحقًا.',
  'access.viewOnly': (p) => `للعرض فقط: دورك هو ${p.role}.`,

  // shell
  'shell.sectionMenu': (p) => `القسم: ${p.section}`,
  'shell.navLabel': 'أقسام الإعدادات',
  'shell.hiddenHelp.summary': 'لا تجد أحد الإعدادات؟',
  'shell.hiddenHelp.intro': 'يعتمد ظهور الأقسام على الصلاحيات والتعيينات. هذه الأقسام مخفية عنك:',
  'shell.hiddenHelp.none': 'يمكنك رؤية جميع الأقسام.',
  'shell.hiddenTitle': (p) => `قسم «${p.section}» غير متاح`,
  'shell.unknownSection': (p) => `لا يوجد قسم إعدادات باسم «${p.section}».`,
  'shell.backToGeneral': 'الانتقال إلى «عام»',
  'shell.panelFailed': 'تعذّر عرض هذا القسم. حاول مرة أخرى لاحقًا.',
  'shell.sectionCodeFailed': 'تعذّر تحميل هذا القسم. تحقّق من اتصالك وحاول مرة أخرى؛ وإن استمر الفشل فأعد تحميل الصفحة.',

  // company switcher
  'switcher.label': 'الشركة',
  'switcher.button': (p) => `الشركة: ${p.company}`,
  'switcher.none': 'بلا شركة',
  'switcher.filter': 'البحث عن شركة',
  'switcher.noMatch': 'لا توجد شركة مطابقة.',
  'switcher.grantedByOrganization': 'عبر المؤسسة',

  // provider
  'session.loading': 'جارٍ تحميل إعداداتك…',
  'session.error': 'تعذّر تحميل إعداداتك.',
  'session.notFound': 'تعذّر العثور على خدمة الإعدادات. ربما تشير الصفحة إلى عنوان خاطئ؛ إذا استمرت المشكلة، فتواصل مع المسؤول.',
  'session.unreachable': 'تعذّر الوصول إلى خدمة الإعدادات. تحقّق من اتصالك وأعد المحاولة.',
  'session.unauthorized': 'انتهت جلستك. سجّل الدخول مجددًا للمتابعة.',

  // shared states
  'state.loading': 'جارٍ التحميل…',
  'state.retry': 'إعادة المحاولة',
  'state.dialogCodeFailed': 'تعذّر تحميل هذه النافذة. تحقّق من اتصالك وحاول مرة أخرى؛ وإن استمر الفشل فأعد تحميل الصفحة.',
  'list.repeating': (p) =>
    `أرسل الخادم الصفوف نفسها مرة أخرى، لذا تتوقف القائمة عند ${plural(p.count, {
      one: 'صف واحد',
      two: 'صفين',
      few: `${p.shown} صفوف`,
      many: `${p.shown} صفًا`,
      other: `${p.shown} صف`,
    })}.`,
  'format.unknownDate': 'غير معروف',
  /** A date format with the sample date written in it, in Preferences and Data preferences. */
  'dateFormat.option': (p) => `${p.format} (${p.example})`,
  'error.network': 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.',
  'error.unauthorized': 'انتهت جلستك. سجّل الدخول مجددًا، ثم أعد المحاولة.',
  'error.server': 'حدث خطأ من جهتنا. أعد المحاولة بعد قليل.',
  'error.forbidden': 'لم تعد لديك صلاحية لهذا الإجراء. تم تحديث صلاحيات وصولك، وربما تغيّر ما يمكنك رؤيته.',
  'error.notFound': 'لم يعد هذا العنصر موجودًا. ربما أزاله شخص آخر.',
  'error.rateLimited': (p) => `طلبات كثيرة جدًا. أعد المحاولة بعد ${seconds(p.seconds)}.`,
  'error.rateLimitedSoon': 'طلبات كثيرة جدًا. أعد المحاولة بعد قليل.',
  'error.validation': 'بعض الحقول تحتاج إلى مراجعتك.',
  'error.invalidResponse': 'أرسل الخادم استجابة غير متوقعة. أعد المحاولة.',
  'error.conflict.idempotencyKeyInUse': 'لا يزال هذا الطلب قيد المعالجة. أعد المحاولة بعد قليل.',
};
