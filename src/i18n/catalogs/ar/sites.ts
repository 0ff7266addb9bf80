import { plural } from '../../plural.js';
import type { sitesMessages } from '../en/sites.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the sites panel (Arabic). */
export const sitesAr: AreaTranslation<typeof sitesMessages> = {
  'sites.heading': (p) => `مواقع ${p.company}`,
  'sites.search': 'البحث في المواقع',
  'sites.searchPlaceholder': 'الاسم أو العنوان',
  'sites.status': 'الحالة',
  'sites.status.active': 'نشط',
  'sites.status.archived': 'مؤرشف',
  'sites.status.all': 'الكل',
  'sites.add': 'إضافة موقع',
  // `count` is the total; `total` is the same number, already formatted.
  'sites.count': (p) =>
    plural(p.count, {
      zero: `عرض ${p.shown} من أصل ${p.total} موقع`,
      one: `عرض ${p.shown} من أصل ${p.total}`,
      two: `عرض ${p.shown} من أصل ${p.total}`,
      few: `عرض ${p.shown} من أصل ${p.total} مواقع`,
      many: `عرض ${p.shown} من أصل ${p.total} موقعًا`,
      other: `عرض ${p.shown} من أصل ${p.total} موقع`,
    }),
  'sites.name': 'الاسم',
  'sites.address': 'العنوان',
  'sites.timeZone': 'المنطقة الزمنية',
  'sites.actions': 'الإجراءات',
  'sites.actionsFor': (p) => `إجراءات ${p.name}`,
  'sites.edit': 'تعديل',
  'sites.archive': 'أرشفة',
  'sites.restore': 'استعادة',
  'sites.more': 'عرض المزيد من المواقع',
  'sites.loadingMore': 'جارٍ تحميل المزيد من المواقع…',
  'sites.empty.all': (p) => `لا توجد مواقع لدى ${p.company} بعد.`,
  'sites.empty.active': (p) => `لا توجد مواقع نشطة لدى ${p.company}.`,
  'sites.empty.archived': (p) => `لا توجد مواقع مؤرشفة لدى ${p.company}.`,
  'sites.empty.add': 'استخدم «إضافة موقع» لإنشاء موقع.',
  'sites.empty.search': (p) => `لا توجد مواقع مطابقة لـ«${p.query}». جرّب اسمًا أو عنوانًا آخر.`,

  'sites.form.editHeading': (p) => `تعديل ${p.name}`,
  'sites.form.timeZoneHint': 'اكتب للبحث في القائمة، مثل Europe/Paris.',
  'sites.form.nameRequired': 'أدخل اسم الموقع.',
  'sites.form.addressRequired': 'أدخل العنوان.',
  'sites.form.timeZoneInvalid': 'اختر منطقة زمنية من القائمة، مثل Europe/Paris.',
  'sites.form.save': 'حفظ',
  'sites.form.saving': 'جارٍ الحفظ…',
  'sites.form.adding': 'جارٍ الإضافة…',
  'sites.cancel': 'إلغاء',

  'sites.archive.heading': (p) => `أرشفة ${p.name}؟`,
  'sites.archive.body': 'لن يظهر الموقع المؤرشف ضمن المواقع النشطة. يُحتفظ بسجلّه، ويمكنك استعادته في أي وقت.',
  'sites.archive.confirm': 'أرشفة الموقع',
  'sites.archive.pending': 'جارٍ الأرشفة…',
  'sites.restore.heading': (p) => `استعادة ${p.name}؟`,
  'sites.restore.body': 'سيعود الموقع نشطًا ويظهر ضمن المواقع النشطة.',
  'sites.restore.confirm': 'استعادة الموقع',
  'sites.restore.pending': 'جارٍ الاستعادة…',

  'sites.added': (p) => `تمت إضافة ${p.name}.`,
  'sites.updated': (p) => `تم حفظ ${p.name}.`,
  'sites.archived': (p) => `تمت أرشفة ${p.name}. تظهر المواقع المؤرشفة عند اختيار «الحالة: مؤرشف».`,
  'sites.restored': (p) => `تمت استعادة ${p.name}.`,
};
