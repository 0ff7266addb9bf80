import type { billingMessages } from '../en/billing.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the billing panel (Arabic). */
export const billingAr: AreaTranslation<typeof billingMessages> = {
  'billing.plan.heading': 'الخطة',
  'billing.plan.name': 'الاسم',
  'billing.plan.seats': 'المقاعد',
  // `used` and `total` arrive formatted, so the noun cannot agree with them: the label comes first.
  'billing.plan.seatsUsed': (p) => `المقاعد المستخدمة: ${p.used} من ${p.total}`,
  'billing.plan.price': 'السعر',
  'billing.plan.perMonth': (p) => `${p.price} شهريًا`,
  'billing.plan.perYear': (p) => `${p.price} سنويًا`,
  'billing.plan.renews': 'تاريخ التجديد',

  'billing.profile.heading': 'ملف الفوترة',
  'billing.profile.companyName': 'اسم الشركة',
  'billing.profile.billingEmail': 'البريد الإلكتروني للفوترة',
  'billing.profile.address': 'العنوان',
  // form labels, keyed like the form's fields (and the server's field errors)
  'billing.profile.address.line1': 'عنوان الشارع',
  'billing.profile.address.line2': 'سطر العنوان الثاني (اختياري)',
  'billing.profile.address.city': 'المدينة',
  'billing.profile.address.postalCode': 'الرمز البريدي',
  'billing.profile.address.region': 'الولاية أو المقاطعة أو المنطقة (اختياري)',
  'billing.profile.address.country': 'البلد',
  'billing.profile.countryHint': 'رمز البلد المكوّن من حرفين، مثل GB أو US.',
  'billing.profile.taxId': 'الرقم الضريبي (اختياري)',
  'billing.profile.taxIdLabel': 'الرقم الضريبي',
  'billing.profile.notProvided': 'غير محدد',
  'billing.profile.edit': 'تعديل ملف الفوترة',
  'billing.profile.save': 'حفظ',
  'billing.profile.saving': 'جارٍ الحفظ…',
  'billing.profile.cancel': 'إلغاء',
  'billing.profile.saved': 'تم حفظ ملف الفوترة.',

  'billing.notSetUp.heading': 'لم يتم إعداد ملف الفوترة',
  'billing.notSetUp.body': 'لم يتم إعداد ملف الفوترة لمؤسستك بعد، لذا لا يوجد عنوان فوترة أو طريقة دفع أو فاتورة لعرضها.',
  // followed by the support address as a link, then a full stop
  'billing.notSetUp.emailSupport': 'لإعداده، راسل فريق الدعم على',
  'billing.notSetUp.emailSubject': (p) => `إعداد ملف الفوترة لمؤسسة ${p.organization}`,
  'billing.notSetUp.contactAccountTeam': 'لإعداده، تواصل مع فريق حسابك.',

  'billing.payment.heading': 'طريقة الدفع',
  'billing.payment.endingIn': (p) => `تنتهي بالأرقام ${p.last4}`,
  'billing.payment.expires': (p) => `تنتهي صلاحيتها في ${p.date}`,
  'billing.payment.none': 'لا توجد طريقة دفع مسجّلة.',

  'billing.invoices.heading': 'الفواتير',
  'billing.invoices.number': 'الرقم',
  'billing.invoices.date': 'التاريخ',
  'billing.invoices.amount': 'المبلغ',
  'billing.invoices.status': 'الحالة',
  'billing.invoices.file': 'الملف',
  'billing.invoices.download': 'تنزيل',
  'billing.invoices.unavailable': 'غير متاح',
  'billing.invoices.downloadLabel': (p) => `تنزيل الفاتورة ${p.number}`,
  'billing.invoices.empty': 'لا توجد فواتير بعد',
  'billing.invoices.emptyHint': 'تظهر الفواتير هنا في نهاية كل فترة فوترة.',
  'billing.invoices.status.paid': 'مدفوعة',
  'billing.invoices.status.open': 'مستحقة',
  'billing.invoices.status.void': 'ملغاة',
  'billing.invoices.status.uncollectible': 'غير قابلة للتحصيل',
};
