import type { dataRepositoryMessages } from '../en/data-repository.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-repository panel (Arabic). */
export const dataRepositoryAr: AreaTranslation<typeof dataRepositoryMessages> = {
  'dataRepository.intro': 'تحدد هذه الإعدادات مكان حفظ بيانات جميع الشركات في مؤسستك ومدة الاحتفاظ بها.',
  'dataRepository.region': 'منطقة التخزين',
  'dataRepository.regionHint': 'مكان تخزين بيانات جميع الشركات.',
  'dataRepository.retention': 'مدة الاحتفاظ',
  'dataRepository.retentionHint': 'المدة التي تُحفظ خلالها البيانات قبل حذفها، في جميع الشركات.',
  'dataRepository.keepIndefinitely': 'الاحتفاظ إلى أجل غير مسمى',
  'dataRepository.sharing': 'مشاركة البيانات بين الشركات',
  'dataRepository.sharingHint': 'عند التفعيل، يمكن دمج بيانات جميع الشركات في التقارير. وعند الإيقاف، تبقى بيانات كل شركة منفصلة.',
  // the value shown for cross-company sharing («المشاركة»، feminine)
  'dataRepository.on': 'مفعّلة',
  'dataRepository.off': 'متوقفة',
  'dataRepository.save': 'حفظ',
  'dataRepository.saving': 'جارٍ الحفظ…',
  'dataRepository.cancel': 'إلغاء',
  'dataRepository.unsaved': 'لديك تغييرات غير محفوظة.',
  'dataRepository.saved': 'تم حفظ إعدادات مستودع البيانات، وهي تسري على جميع الشركات.',
  'dataRepository.confirm.heading': (p) => `نقل البيانات إلى ${p.region}؟`,
  'dataRepository.confirm.body': (p) =>
    `قد يستغرق نقل البيانات إلى ${p.region} بعض الوقت. يسري النقل على جميع الشركات في مؤسستك.`,
  'dataRepository.confirm.action': 'نقل البيانات والحفظ',
};
