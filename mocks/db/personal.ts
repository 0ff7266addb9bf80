import type {
  EmailNotificationPreferences,
  Memberships,
  PasswordResetResult,
  Preferences,
  PreferencesUpdate,
  Profile,
  ProfileUpdate,
  Session,
  Theme,
} from '../../src/api/types.js';
import { conflict, rateLimited } from '../errors.js';
import { dateFormats } from '../scenarios/catalog.js';
import { applyPatch, FieldValidator, type Untrusted } from '../validation.js';
import type { TenantRecord, UserRecord } from './records.js';
import { buildMemberships, type Actor } from './session.js';

/** Personal settings: every signed-in user may read and change their own; no permission needed. */
export interface PersonalOperations {
  getSession(): Session;
  getProfile(): Profile;
  updateProfile(update: Untrusted<ProfileUpdate>): Profile;
  /** 409 `sso_managed` for SSO logins; 429 more than once a minute. */
  requestPasswordReset(): PasswordResetResult;
  getPreferences(): Preferences;
  updatePreferences(update: Untrusted<PreferencesUpdate>): Preferences;
  getMemberships(): Memberships;
}

/** One reset email per user per minute, so a double click or a retry loop cannot flood an inbox. */
const passwordResetIntervalSeconds = 60;

const themes: readonly Theme[] = ['system', 'light', 'dark'];

export function personalOperations(actor: Actor): PersonalOperations {
  const { tenant, user } = actor;
  return {
    getSession: () => actor.session,

    getProfile: () => profileOf(user),

    updateProfile(update) {
      const v = new FieldValidator();
      const name = update.name === undefined ? undefined : v.requiredText('name', update.name, 'your name');
      const patch = {
        jobTitle: v.optionalText('jobTitle', update.jobTitle),
        avatarUrl: update.avatarUrl === null ? null : avatarUrlOf(v, update.avatarUrl),
      };
      v.throwIfInvalid();
      if (name !== undefined) renameUser(tenant, user, name);
      applyPatch(user, patch);
      return profileOf(user);
    },

    requestPasswordReset() {
      if (user.auth.type === 'sso') {
        throw conflict(
          'sso_managed',
          `You sign in with ${user.auth.providerName}, so password resets are managed by your IT administrator.`,
        );
      }
      if (user.lastPasswordResetAt !== null) {
        const waitSeconds = Math.ceil(passwordResetIntervalSeconds - (actor.now.getTime() - Date.parse(user.lastPasswordResetAt)) / 1000);
        if (waitSeconds > 0) throw rateLimited(waitSeconds, 'A password reset email was just sent. Check your inbox, or try again in a minute.');
      }
      user.lastPasswordResetAt = actor.now.toISOString();
      return { sentTo: user.email };
    },

    getPreferences: () => structuredClone(user.preferences),

    updatePreferences(update) {
      const v = new FieldValidator();
      const patch = {
        language: languageOf(v, update.language),
        timeZone: v.timeZone('timeZone', update.timeZone, false),
        dateFormat: v.oneOf('dateFormat', update.dateFormat, dateFormats, 'Choose one of the offered date formats.'),
        theme: v.oneOf('theme', update.theme, themes, 'Choose system, light or dark.'),
      };
      const notifications = notificationsOf(v, update.emailNotifications);
      v.throwIfInvalid();
      applyPatch(user.preferences, patch);
      applyPatch(user.preferences.emailNotifications, notifications);
      return structuredClone(user.preferences);
    },

    getMemberships: () => buildMemberships(tenant, actor.session),
  };
}

function profileOf(user: UserRecord): Profile {
  const { id, name, email, jobTitle, avatarUrl, auth } = user;
  return { id, name, email, jobTitle, avatarUrl, auth: { ...auth } };
}

/** A new name shows wherever the user is listed (admin team, company members). */
function renameUser(tenant: TenantRecord, user: UserRecord, name: string): void {
  user.name = name;
  for (const member of tenant.adminTeam) if (member.userId === user.id) member.name = name;
  for (const company of tenant.companies) {
    for (const member of company.members) if (member.userId === user.id) member.name = name;
  }
}

function avatarUrlOf(v: FieldValidator, value: unknown): string | undefined {
  const text = v.optionalText('avatarUrl', value, 2000);
  if (text === undefined) return undefined;
  if (!/^https?:\/\/\S+$/.test(text)) v.fail('avatarUrl', 'Enter a web address starting with https://.');
  return text;
}

/** A BCP-47 tag the browser understands, e.g. `en-GB`. */
function languageOf(v: FieldValidator, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    if (typeof value === 'string' && value !== '') return Intl.getCanonicalLocales(value)[0];
  } catch {
    // Falls through to the field error.
  }
  v.fail('language', 'Choose one of the offered languages.');
  return undefined;
}

/** The sent notification switches; errors are reported as `emailNotifications.<switch>`. */
function notificationsOf(v: FieldValidator, value: unknown): { [K in keyof EmailNotificationPreferences]?: boolean | undefined } {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) {
    v.fail('emailNotifications', 'Choose which emails to receive.');
    return {};
  }
  const input: Untrusted<EmailNotificationPreferences> = value;
  return {
    productUpdates: v.optionalBoolean('emailNotifications.productUpdates', input.productUpdates),
    securityAlerts: v.optionalBoolean('emailNotifications.securityAlerts', input.securityAlerts),
    weeklyDigest: v.optionalBoolean('emailNotifications.weeklyDigest', input.weeklyDigest),
  };
}
