import type { dataPreferencesMessages } from '../en/data-preferences.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-preferences panel (Arabic). */
export const dataPreferencesAr: AreaTranslation<typeof dataPreferencesMessages> = {
  'dataPreferences.units': 'الوحدات',
  'dataPreferences.units.metric': 'النظام المتري (كيلومتر، °م)',
  'dataPreferences.units.imperial': 'النظام الإمبراطوري (ميل، °ف)',
  'dataPreferences.currency': 'العملة',
  'dataPreferences.currencyOption': (p) => `${p.code} — ${p.name}`,
  'dataPreferences.dateFormat': 'تنسيق التاريخ',
  /** Also used by Personal > Preferences, which offers the same formats. */
  'dataPreferences.weekStart': 'بداية الأسبوع',
  'dataPreferences.fiscalYearStartMonth': 'بداية السنة المالية',
  'dataPreferences.save': 'حفظ التغييرات',
  'dataPreferences.saving': 'جارٍ الحفظ…',
  'dataPreferences.cancel': 'إلغاء',
  'dataPreferences.saved': (p) => `تم حفظ تفضيلات بيانات ${p.company}.`,
  'dataPreferences.preview': 'معاينة',
  'dataPreferences.preview.hint': (p) => `طريقة عرض التواريخ والمبالغ والقياسات في ${p.company}.`,
  'dataPreferences.preview.date': 'التاريخ',
  'dataPreferences.preview.amount': 'المبلغ',
  'dataPreferences.preview.distance': 'المسافة',
  'dataPreferences.preview.temperature': 'درجة الحرارة',
  'dataPreferences.preview.week': 'الأسبوع',
  'dataPreferences.preview.fiscalYear': 'السنة المالية',
  'dataPreferences.preview.range': (p) => `${p.start} – ${p.end}`,
};
