import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { preferencesMessages } from '../en/preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the preferences panel (Arabic). */
export const preferencesAr: AreaTranslation<typeof preferencesMessages> = {
  'preferences.autoSave': 'حفظ التغييرات تلقائيًا',
  'preferences.autoSave.hint': 'عند التفعيل، يُحفظ كل تغيير فور إجرائه. وعند الإيقاف، راجع تغييراتك واحفظها معًا.',
  'preferences.language': 'اللغة',
  'preferences.languageOption': (p) => `${p.native} — ${p.name}`,
  'preferences.timeZone': 'المنطقة الزمنية',
  'preferences.timeZone.filter': 'البحث عن منطقة زمنية',
  'preferences.timeZone.matches': (p) =>
    plural(p.count, {
      zero: 'لا توجد منطقة زمنية مطابقة.',
      one: 'منطقة زمنية واحدة مطابقة.',
      two: 'منطقتان زمنيتان مطابقتان.',
      few: `${formatNumber(p.count)} مناطق زمنية مطابقة.`,
      many: `${formatNumber(p.count)} منطقة زمنية مطابقة.`,
      other: `${formatNumber(p.count)} منطقة زمنية مطابقة.`,
    }),
  'preferences.dateFormat': 'تنسيق التاريخ',
  'preferences.theme': 'المظهر',
  'preferences.theme.system': 'النظام',
  'preferences.theme.light': 'فاتح',
  'preferences.theme.dark': 'داكن',
  'preferences.theme.hint': 'يتبع خيار «النظام» إعداد جهازك.',
  'preferences.emailNotifications': 'إشعارات البريد الإلكتروني',
  'preferences.productUpdates': 'تحديثات المنتج',
  'preferences.securityAlerts': 'تنبيهات الأمان',
  'preferences.weeklyDigest': 'الملخص الأسبوعي',
  'preferences.save': 'حفظ التغييرات',
  'preferences.saving': 'جارٍ الحفظ…',
  'preferences.cancel': 'إلغاء',
  'preferences.saved': 'تم حفظ التفضيلات.',
  'preferences.field.saving': 'جارٍ الحفظ…',
  'preferences.field.saved': 'تم الحفظ',
  'preferences.field.notSaved': 'لم يتم الحفظ.',
  'preferences.field.retry': 'إعادة المحاولة',
  'preferences.field.retryLabel': (p) => `إعادة المحاولة لحفظ «${p.field}»`,
};
