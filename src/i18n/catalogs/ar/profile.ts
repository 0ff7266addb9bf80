import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { profileMessages } from '../en/profile.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the profile panel, Personal > General (Arabic). */
export const profileAr: AreaTranslation<typeof profileMessages> = {
  'profile.heading': 'الملف الشخصي',
  'profile.avatar.alt': (p) => `الصورة الشخصية: ${p.name}`,
  'profile.name': 'الاسم',
  'profile.name.required': 'أدخل اسمك.',
  'profile.jobTitle': 'المسمى الوظيفي',
  'profile.avatarUrl': 'رابط الصورة الشخصية',
  'profile.avatarUrl.hint': 'اختياري: عنوان ويب لصورة يبدأ بـ https://. اتركه فارغًا لعرض الأحرف الأولى من اسمك.',
  'profile.email': 'البريد الإلكتروني',
  'profile.email.hint': 'تسجّل الدخول بهذا البريد الإلكتروني، ولا يمكن تغييره من هنا.',
  'profile.email.sso': (p) => `تتم إدارة بريدك الإلكتروني عبر ${p.provider}.`,
  'profile.save': 'حفظ',
  'profile.saving': 'جارٍ الحفظ…',
  'profile.cancel': 'إلغاء',
  'profile.saved': 'تم حفظ ملفك الشخصي.',

  'profile.password.heading': 'كلمة المرور',
  'profile.password.intro': 'ستصلك رسالة بريد إلكتروني تحتوي على رابط لتعيين كلمة مرور جديدة.',
  'profile.password.send': 'إرسال رسالة إعادة تعيين كلمة المرور',
  'profile.password.sending': 'جارٍ الإرسال…',
  'profile.password.sent': (p) => `أرسلنا إلى ${p.email} رسالة تحتوي على رابط لتعيين كلمة مرور جديدة.`,
  'profile.password.wait': (p) =>
    `يمكنك طلب رسالة أخرى بعد ${plural(p.seconds, {
      zero: `${formatNumber(p.seconds)} ثانية`,
      one: 'ثانية واحدة',
      two: 'ثانيتين',
      few: `${formatNumber(p.seconds)} ثوانٍ`,
      many: `${formatNumber(p.seconds)} ثانية`,
      other: `${formatNumber(p.seconds)} ثانية`,
    })}.`,
  'profile.password.sso': (p) => `يتولى مسؤول تقنية المعلومات لديك إعادة تعيين كلمات المرور عبر ${p.provider}.`,
  'profile.password.ssoUnnamed': 'يتولى مسؤول تقنية المعلومات لديك إعادة تعيين كلمات المرور.',
};
