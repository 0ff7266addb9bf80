/**
 * Acme's own strings, in the languages the demo offers. A host translates its section however it
 * likes; this one reads the library's language in effect (`getLocale()`: the provider's, while a
 * panel updates or inside `this.section.inLocale(…)`), so it follows `?lang=`, the provider's
 * `locale` and the user's language like the panels around it.
 * A language Acme has not translated (the pseudo-locale too) shows Acme's English.
 */
import { getLocale } from '../../src/kit.js';
import type { NotificationChannel, NotificationEvent } from './notifications-api.js';

export interface NotificationsText {
  readonly label: string;
  readonly caption: string;
  readonly event: string;
  readonly channels: Readonly<Record<NotificationChannel, string>>;
  readonly events: Readonly<Record<NotificationEvent, string>>;
  readonly save: string;
  readonly saving: string;
  readonly cancel: string;
  readonly saved: string;
  readonly setByIt: (provider: string) => string;
}

const en: NotificationsText = {
  label: 'Notifications',
  caption: 'Which events reach you on which channel',
  event: 'Event',
  channels: { email: 'Email', inApp: 'In the app', slack: 'Slack' },
  events: {
    memberJoined: 'Someone joined a company you manage',
    apiKeyExpiring: 'An API key expires within 14 days',
    invoiceAvailable: 'A new invoice is available',
    weeklySummary: 'Weekly activity summary',
  },
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: 'Notification preferences saved.',
  setByIt: (provider) => `Notifications for accounts that sign in with ${provider} are set by your IT administrator.`,
};

const translations: Readonly<Record<string, NotificationsText>> = {
  en,
  de: {
    label: 'Benachrichtigungen',
    caption: 'Welche Ereignisse Sie über welchen Kanal erreichen',
    event: 'Ereignis',
    channels: { email: 'E-Mail', inApp: 'In der App', slack: 'Slack' },
    events: {
      memberJoined: 'Jemand ist einem Unternehmen beigetreten, das Sie verwalten',
      apiKeyExpiring: 'Ein API-Schlüssel läuft in den nächsten 14 Tagen ab',
      invoiceAvailable: 'Eine neue Rechnung liegt vor',
      weeklySummary: 'Wöchentliche Aktivitätsübersicht',
    },
    save: 'Speichern',
    saving: 'Wird gespeichert…',
    cancel: 'Abbrechen',
    saved: 'Benachrichtigungseinstellungen gespeichert.',
    setByIt: (provider) => `Benachrichtigungen für Konten, die sich mit ${provider} anmelden, legt Ihre IT-Abteilung fest.`,
  },
  fr: {
    label: 'Notifications',
    caption: 'Quels événements vous parviennent, et par quel canal',
    event: 'Événement',
    channels: { email: 'E-mail', inApp: 'Dans l’application', slack: 'Slack' },
    events: {
      memberJoined: 'Quelqu’un a rejoint une entreprise que vous gérez',
      apiKeyExpiring: 'Une clé d’API expire dans les 14 jours',
      invoiceAvailable: 'Une nouvelle facture est disponible',
      weeklySummary: 'Récapitulatif hebdomadaire de l’activité',
    },
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    saved: 'Préférences de notification enregistrées.',
    setByIt: (provider) => `Les notifications des comptes qui se connectent avec ${provider} sont définies par votre service informatique.`,
  },
  ar: {
    label: 'الإشعارات',
    caption: 'الأحداث التي تصلك وعبر أي قناة',
    event: 'الحدث',
    channels: { email: 'البريد الإلكتروني', inApp: 'داخل التطبيق', slack: 'Slack' },
    events: {
      memberJoined: 'انضم شخص إلى شركة تديرها',
      apiKeyExpiring: 'ينتهي مفتاح API خلال 14 يومًا',
      invoiceAvailable: 'تتوفر فاتورة جديدة',
      weeklySummary: 'ملخص النشاط الأسبوعي',
    },
    save: 'حفظ',
    saving: 'جارٍ الحفظ…',
    cancel: 'إلغاء',
    saved: 'تم حفظ تفضيلات الإشعارات.',
    setByIt: (provider) => `يحدد مسؤول تقنية المعلومات لديك إشعارات الحسابات التي تسجّل الدخول باستخدام ${provider}.`,
  },
};

/** Acme's strings in the current language (`de` serves `de-AT`), else in English. */
export function notificationsText(): NotificationsText {
  return translations[getLocale().toLowerCase().split('-')[0]!] ?? en;
}
