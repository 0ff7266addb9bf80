import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { apiKeyDialogsMessages } from '../en/api-key-dialogs.js';
import type { apiKeyFieldsMessages } from '../en/api-key-fields.js';
import type { apiKeyRotationMessages } from '../en/api-key-rotation.js';
import type { apiKeySecretMessages } from '../en/api-key-secret.js';
import type { apiKeysMessages } from '../en/api-keys.js';
import type { AreaTranslation } from '../../translation.js';

/** The whole area: the list's strings and those that arrive later with their code. */
type ApiKeysCatalog = typeof apiKeysMessages & typeof apiKeyDialogsMessages & typeof apiKeyFieldsMessages & typeof apiKeySecretMessages & typeof apiKeyRotationMessages;

/** A number of days: alone («يومان») or after a preposition (pass «يومين»: «قبل يومين»). */
const days = (n: number, two = 'يومان'): string =>
  plural(n, {
    zero: `${formatNumber(n)} يوم`,
    one: 'يوم واحد',
    two,
    few: `${formatNumber(n)} أيام`,
    many: `${formatNumber(n)} يومًا`,
    other: `${formatNumber(n)} يوم`,
  });

/** A number of hours after a preposition: «بعد ساعتين»، «بعد ٢٤ ساعة». */
const hours = (n: number): string =>
  plural(n, {
    zero: `${formatNumber(n)} ساعة`,
    one: 'ساعة واحدة',
    two: 'ساعتين',
    few: `${formatNumber(n)} ساعات`,
    many: `${formatNumber(n)} ساعة`,
    other: `${formatNumber(n)} ساعة`,
  });

/**
 * Strings of the api-keys panel (Arabic), its dialogs' and guided rotation's included: English keeps those
 * apart (`en/api-key-dialogs.ts` and its neighbours, loaded with their code), a language's catalog is
 * registered whole.
 * Wording follows the help page: "أنشئ مفتاحًا جديدًا أولًا…".
 * Revoke is «سحب» throughout («إلغاء» stays Cancel), rotate is «تدوير»; each aria-label of a row
 * button starts with the button's visible text.
 */
export const apiKeysAr: AreaTranslation<ApiKeysCatalog> = {
  // list
  'apiKeys.search': 'ابحث عن المفاتيح بالاسم',
  'apiKeys.filter': 'عرض',
  'apiKeys.filter.active': 'المفاتيح النشطة والمعطّلة',
  'apiKeys.filter.expiring': 'تنتهي صلاحيتها قريبًا',
  'apiKeys.filter.all': 'جميع المفاتيح',
  'apiKeys.column.name': 'الاسم',
  'apiKeys.column.created': 'تاريخ الإنشاء',
  'apiKeys.column.lastUsed': 'آخر استخدام',
  'apiKeys.column.expires': 'انتهاء الصلاحية',
  'apiKeys.column.status': 'الحالة',
  'apiKeys.column.actions': 'الإجراءات',
  'apiKeys.status.active': 'نشط',
  'apiKeys.status.expired': 'منتهي الصلاحية',
  'apiKeys.status.revoked': 'مسحوب',
  'apiKeys.status.disabled': 'معطّل',
  'apiKeys.expiresSoon': 'تنتهي صلاحيته قريبًا',
  'apiKeys.replacedBy': (p) => `حلّ محله «${p.name}»`,
  'apiKeys.replacedByNewer': 'حلّ محله مفتاح أحدث',
  'apiKeys.createdBy': (p) => `بواسطة ${p.name}`,
  'apiKeys.neverUsed': 'لم يُستخدم قط',
  'apiKeys.neverExpires': 'لا تنتهي صلاحيته',
  'apiKeys.replaces': (p) => `يحل محل «${p.name}»`,
  'apiKeys.rotationInProgress': 'التدوير قيد التنفيذ',
  // `total` arrives formatted, so the noun cannot agree with it: the label comes first.
  'apiKeys.count': (p) => `المفاتيح المعروضة: ${p.shown} من ${p.total}`,
  'apiKeys.more': 'عرض المزيد',
  'apiKeys.empty.active': 'لا توجد مفاتيح API نشطة.',
  'apiKeys.empty.expiring': 'لا توجد مفاتيح تنتهي صلاحيتها قريبًا.',
  'apiKeys.empty.all': 'لا توجد مفاتيح API بعد.',
  'apiKeys.empty.search': (p) => `لا يوجد مفتاح مطابق لـ«${p.query}». جرّب اسمًا آخر.`,
  'apiKeys.empty.next': 'أنشئ مفتاحًا ليتمكّن أحد التكاملات من استدعاء API نيابةً عن مؤسستك.',

  // create
  'apiKeys.create': 'إنشاء مفتاح',
  'apiKeys.creating': 'جارٍ الإنشاء…',
  'apiKeys.createNew': 'إنشاء مفتاح جديد',
  'apiKeys.cancel': 'إلغاء',
  'apiKeys.field.name': 'الاسم',
  'apiKeys.field.nameHint': 'سمِّه باسم ما يستخدمه، مثل «نشر CI». يجب أن تختلف أسماء المفاتيح النشطة.',
  'apiKeys.field.expiry': 'تنتهي الصلاحية بعد',
  'apiKeys.expiry.days': (p) => days(p.days),
  'apiKeys.expiry.never': 'لا تنتهي',
  'apiKeys.expiry.max': (p) => `${days(p.days)} (الحد الأقصى المسموح به)`,
  'apiKeys.expiry.policy': (p) => `تسمح مؤسستك بمفاتيح صالحة لمدة أقصاها ${days(p.days)}.`,

  // scopes
  'apiKeys.access': 'الوصول',
  'apiKeys.access.full': 'وصول كامل',
  'apiKeys.access.fullHint': 'كل ما تتيحه API، بما في ذلك ما يُضاف لاحقًا. هذا الخيار متاح لأنك تملك جميع الصلاحيات.',
  'apiKeys.access.scoped': 'ما أختاره فقط',
  'apiKeys.access.scopedHint': 'لا تُعرض إلا الصلاحيات التي تملكها أنت.',
  'apiKeys.access.none': 'بلا وصول',
  'apiKeys.access.read': 'قراءة',
  'apiKeys.access.readWrite': 'قراءة وكتابة',
  'apiKeys.access.chooseOne': 'اختر صلاحية واحدة على الأقل للمفتاح.',
  'apiKeys.access.noneGrantable': 'لا يملك دورك أي صلاحية يمكن منحها لمفتاح، لذا لا يمكنك إنشاء مفاتيح هنا.',
  'apiKeys.access.more': (p) => `و${formatNumber(p.count)} غيرها`,
  'apiKeys.area.sites': 'المواقع',
  'apiKeys.area.sites.description': 'مواقع جميع الشركات: العناوين والمناطق الزمنية.',
  'apiKeys.area.members': 'أعضاء الشركات',
  'apiKeys.area.members.description': 'من ينتمي إلى كل شركة، وبأي دور.',
  'apiKeys.area.company-data': 'تفضيلات البيانات',
  'apiKeys.area.company-data.description': 'تفضيلات البيانات لكل شركة.',
  'apiKeys.area.admin-team': 'فريق الإدارة',
  'apiKeys.area.admin-team.description': 'فريق إدارة المؤسسة ووصول أعضائه إلى الشركات.',
  'apiKeys.area.billing': 'الفوترة',
  'apiKeys.area.billing.description': 'الخطة وملف الفوترة والفواتير.',
  'apiKeys.area.data-repository': 'مستودع البيانات',
  'apiKeys.area.data-repository.description': 'إعدادات منطقة التخزين ومدة الاحتفاظ والمشاركة.',
  'apiKeys.level.read': 'قراءة',
  'apiKeys.level.write': 'كتابة',

  // details
  'apiKeys.details.heading': (p) => `مفتاح API «${p.name}»`,
  'apiKeys.details.prefix': 'يبدأ بـ',
  'apiKeys.details.createdBy': 'أنشأه',
  'apiKeys.details.disabled': 'تاريخ التعطيل',
  'apiKeys.details.revoked': 'تاريخ السحب',
  'apiKeys.details.replaces': 'يحل محل',
  'apiKeys.details.replacedBy': 'حلّ محله',
  'apiKeys.details.close': 'إغلاق',

  // policy
  'apiKeys.policy.maxLifetime': (p) =>
    `تنتهي صلاحية المفاتيح الجديدة بعد ${days(p.days, 'يومين')} كحد أقصى. وتظهر علامة تنبيه على المفاتيح قبل ${days(p.warning, 'يومين')} من انتهاء صلاحيتها.`,
  'apiKeys.policy.noLimit': (p) =>
    `يمكن إنشاء مفاتيح بلا تاريخ انتهاء. وتظهر علامة تنبيه على المفاتيح قبل ${days(p.warning, 'يومين')} من انتهاء صلاحيتها.`,
  'apiKeys.policy.setBy': (p) => `حدّد ${p.name} سياسة المفاتيح بتاريخ ${p.date}.`,
  'apiKeys.policy.default': 'هذه هي سياسة المفاتيح الافتراضية.',
  'apiKeys.policy.askOwner': 'يمكن لمالك المؤسسة تغييرها.',
  'apiKeys.policy.edit': 'تعديل سياسة المفاتيح',
  'apiKeys.policy.heading': 'سياسة مفاتيح API',
  'apiKeys.policy.field.maxLifetime': 'أقصى مدة صلاحية للمفتاح الجديد',
  'apiKeys.policy.field.maxLifetimeHint': 'تحتفظ المفاتيح الحالية بتاريخ انتهاء صلاحيتها. ومن دون حد أقصى، قد لا تنتهي صلاحية المفاتيح أبدًا.',
  'apiKeys.policy.noLimitOption': 'بلا حد',
  'apiKeys.policy.field.warning': 'التنبيه إلى المفاتيح قبل انتهاء صلاحيتها',
  'apiKeys.policy.warningDays': (p) => `قبل ${days(p.days, 'يومين')}`,
  'apiKeys.policy.save': 'حفظ السياسة',
  'apiKeys.policy.saving': 'جارٍ الحفظ…',
  'apiKeys.policy.saved': 'تم حفظ سياسة المفاتيح.',

  // expiry warnings
  'apiKeys.expiring.count': (p) => {
    const keys = plural(p.count, {
      zero: `${formatNumber(p.count)} مفتاح`,
      one: 'مفتاح واحد',
      two: 'مفتاحين',
      few: `${formatNumber(p.count)} مفاتيح`,
      many: `${formatNumber(p.count)} مفتاحًا`,
      other: `${formatNumber(p.count)} مفتاح`,
    });
    return p.days === 7 ? `تنتهي صلاحية ${keys} هذا الأسبوع` : `تنتهي صلاحية ${keys} خلال ${days(p.days, 'يومين')}`;
  },
  'apiKeys.expiring.next': 'دوّرها قبل انتهاء صلاحيتها لتستمر التكاملات في العمل.',
  'apiKeys.expiring.showAll': 'عرض كل المفاتيح التي تنتهي صلاحيتها قريبًا',

  // disable / enable
  'apiKeys.disable': 'تعطيل',
  'apiKeys.disableOf': (p) => `تعطيل ${p.name}`,
  'apiKeys.enable': 'تفعيل',
  'apiKeys.enableOf': (p) => `تفعيل ${p.name}`,
  'apiKeys.disabled': (p) => `تم تعطيل «${p.name}». ستفشل الطلبات التي تستخدمه إلى أن تعيد تفعيله.`,
  'apiKeys.enabled': (p) => `تمت إعادة تفعيل «${p.name}».`,
  'apiKeys.revoke.recentlyUsed': (p) =>
    `استُخدم «${p.name}» مؤخرًا. عطّله أولًا: ستفشل الطلبات التي تستخدمه، ويمكنك إعادة تفعيله إذا تبيّن أن شيئًا ما لا يزال يحتاج إليه.`,
  'apiKeys.revoke.disableInstead': 'التعطيل بدلًا من ذلك',
  'apiKeys.revokeNowOf': (p) => `سحب الآن: ${p.name}`,
  'apiKeys.revokeNow': 'سحب الآن',
  'apiKeys.created': (p) => `تم إنشاء مفتاح API «${p.name}».`,
  'apiKeys.createdWhileAway': (p) =>
    `أُنشئ مفتاح API «${p.name}» بعد مغادرتك هذه الصفحة، لذا تعذّر عرض سرّه. اسحبه وأنشئ مفتاحًا جديدًا إذا كنت بحاجة إلى السر.`,

  // the secret, shown once
  'apiKeys.secret.heading': (p) => `مفتاح API الجديد «${p.name}»`,
  'apiKeys.secret.once': 'انسخ هذا السر الآن، فلن تتمكن من رؤيته مرة أخرى.',
  'apiKeys.secret.copy': 'نسخ',
  'apiKeys.secret.copied': 'تم النسخ',
  'apiKeys.secret.selected': 'النسخ غير متاح هنا. تم تحديد السر: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.',
  'apiKeys.secret.saved': 'لقد حفظت هذا السر',
  'apiKeys.secret.done': 'تم',

  // revoke
  'apiKeys.revoke': 'سحب',
  'apiKeys.revokeOf': (p) => `سحب ${p.name}`,
  'apiKeys.revoking': 'جارٍ السحب…',
  'apiKeys.revoke.heading': (p) => `سحب «${p.name}»؟`,
  'apiKeys.revoke.consequence': 'ستفشل الطلبات التي تستخدم هذا المفتاح فورًا بأخطاء مصادقة.',
  'apiKeys.revoke.typeName': (p) => `اكتب ${p.name} للتأكيد`,
  'apiKeys.revoked': (p) => `تم سحب «${p.name}».`,

  // rotate
  'apiKeys.rotate': 'تدوير',
  'apiKeys.rotateOf': (p) => `تدوير ${p.name}`,
  'apiKeys.continueRotation': 'متابعة التدوير',
  'apiKeys.continueRotationOf': (p) => `متابعة التدوير: ${p.name}`,
  'apiKeys.rotationLoadFailed': 'تعذّر تحميل تدوير المفتاح. تحقّق من اتصالك وحاول مرة أخرى؛ وإن استمر الفشل فأعد تحميل الصفحة.',
  'apiKeys.rotate.heading': (p) => `تدوير «${p.name}»`,
  'apiKeys.rotate.intro':
    'أنشئ مفتاحًا جديدًا أولًا، وحدّث جميع التكاملات، وتأكّد من نجاح الطلبات، ثم اسحب المفتاح القديم. بهذا تتجنب أي انقطاع في الخدمة.',
  'apiKeys.rotate.step1': 'إنشاء المفتاح البديل',
  'apiKeys.rotate.step2': 'تحديث التكاملات',
  'apiKeys.rotate.step3': 'التحقق من الطلبات',
  'apiKeys.rotate.step4': 'إيقاف المفتاح القديم',
  'apiKeys.rotate.stepHeading': (p) => `الخطوة ${formatNumber(p.step)} من ${formatNumber(4)}: ${p.title}`,
  'apiKeys.rotate.nameHint': 'يمكن أن يحتفظ المفتاح البديل باسم المفتاح القديم.',
  'apiKeys.rotate.create': 'إنشاء البديل',
  'apiKeys.rotate.update': (p) =>
    `ضع المفتاح الجديد في كل تكامل يستخدم «${p.name}»: الخوادم، وأسرار CI، وأدوات الجهات الخارجية. يعمل المفتاحان كلاهما إلى أن تسحب المفتاح القديم.`,
  'apiKeys.rotate.confirm': 'أرسل طلبات باستخدام المفتاح الجديد، ثم اختر «تحديث» لمعرفة آخر استخدام لكل مفتاح.',
  'apiKeys.rotate.newKey': (p) => `المفتاح الجديد «${p.name}»`,
  'apiKeys.rotate.oldKey': (p) => `المفتاح القديم «${p.name}»`,
  'apiKeys.rotate.traffic': 'يستقبل المفتاح الجديد طلبات.',
  'apiKeys.rotate.waiting': 'لم يُستخدم المفتاح الجديد بعد.',
  'apiKeys.rotate.refresh': 'تحديث',
  'apiKeys.rotate.refreshing': 'جارٍ التحديث…',
  'apiKeys.rotate.ready': 'المفتاح الجديد قيد الاستخدام، لذا يمكن الاستغناء عن القديم.',
  'apiKeys.rotate.noTraffic': 'لم يُستخدم المفتاح الجديد بعد: ربما لا تزال التكاملات تعتمد على المفتاح القديم.',
  'apiKeys.rotate.revokeAnyway': 'السحب على أي حال',
  'apiKeys.rotate.revoke': 'سحب المفتاح القديم',
  'apiKeys.rotate.when': 'متى يتوقف المفتاح القديم عن العمل؟',
  'apiKeys.rotate.when.now': 'الآن: سحب المفتاح',
  'apiKeys.rotate.when.hours': (p) => (p.hours < 48 ? `بعد ${hours(p.hours)}` : `بعد ${days(p.hours / 24, 'يومين')}`),
  'apiKeys.rotate.whenHint': 'عند التأجيل، يعمل المفتاحان كلاهما حتى ذلك الحين، ثم تنتهي صلاحية المفتاح القديم تلقائيًا.',
  'apiKeys.rotate.schedule': 'جدولة انتهاء الصلاحية',
  'apiKeys.rotate.scheduling': 'جارٍ الجدولة…',
  'apiKeys.rotate.scopesHint': 'يبدأ المفتاح البديل بصلاحيات الوصول نفسها التي يملكها المفتاح القديم.',
  'apiKeys.rotate.back': 'رجوع',
  'apiKeys.rotate.next': 'التالي',
  'apiKeys.rotate.later': 'الإكمال لاحقًا',
  'apiKeys.rotated': (p) => `اكتمل التدوير: تم سحب «${p.old}» وأصبح «${p.new}» قيد الاستخدام.`,
  'apiKeys.rotationScheduled': (p) => `سيتوقف «${p.old}» عن العمل ${p.when}، وسيحل محله «${p.new}».`,
  'apiKeys.conflict.idempotencyKeySpent':
    'لم يعد المفتاح الذي أنشأه هذا الطلب نشطًا، لذا لا يمكن عرض سرّه مرة أخرى. أنشئ مفتاحًا جديدًا للحصول على سر جديد.',
  'apiKeys.conflict.rotationInProgress': 'يجري تدوير هذا المفتاح بالفعل. تابع تدويره من القائمة.',
  'apiKeys.conflict.alreadyRevoked': 'سبق سحب هذا المفتاح.',
  'apiKeys.conflict.alreadyDisabled': 'سبق تعطيل هذا المفتاح.',
  'apiKeys.conflict.notActive': 'لم يعد هذا المفتاح نشطًا: فقد سُحب أو انتهت صلاحيته.',
  'apiKeys.conflict.notDisabled': 'لم يعد هذا المفتاح معطّلًا: فقد أُعيد تفعيله أو سُحب أو انتهت صلاحيته.',
  'apiKeys.conflict.notRotating': 'لم يعد لهذا المفتاح بديل نشط، لذا لا يمكن جدولة انتهاء صلاحيته. اسحبه الآن أو دوّره من جديد.',
};
