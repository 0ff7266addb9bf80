import type { EmailNotificationPreferences, Preferences, PreferencesUpdate } from '../../api/types.js';
import { canonicalTag } from './preference-choices.js';

/** Preferences as one flat record, so the form tracks each email switch like any other field. */
export type PreferenceValues = Omit<Preferences, 'emailNotifications'> & EmailNotificationPreferences;
export type PreferenceField = keyof PreferenceValues;

export const notificationFields: readonly (keyof EmailNotificationPreferences)[] = ['productUpdates', 'securityAlerts', 'weeklyDigest'];

/** The language canonical, as the choices offer it: a stored `en_US` is `en-US`, selected, and not a change. */
export function flatten({ emailNotifications, ...values }: Preferences): PreferenceValues {
  return { ...values, language: canonicalTag(values.language), ...emailNotifications };
}

/** The contract's update for some changed fields: email switches nest under `emailNotifications`. */
export function toUpdate(changes: Partial<PreferenceValues>): PreferencesUpdate {
  const { productUpdates, securityAlerts, weeklyDigest, ...update } = changes;
  const emailNotifications = Object.fromEntries(
    Object.entries({ productUpdates, securityAlerts, weeklyDigest }).filter(([, on]) => on !== undefined),
  );
  return Object.keys(emailNotifications).length > 0 ? { ...update, emailNotifications } : update;
}

/** How the server names a field in its 422 field errors. */
export function serverField(field: PreferenceField): string {
  return (notificationFields as readonly string[]).includes(field) ? `emailNotifications.${field}` : field;
}
