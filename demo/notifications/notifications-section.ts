/**
 * How Acme registers its section: id (Acme's own prefix), scope, label, position, element, and its
 * access rule. Give it to the provider: `<settings-provider .sections=${[notificationsSection]}>`.
 */
import type { SectionDefinition } from '../../src/kit.js';
import { notificationsText } from './notifications-text.js';

export const notificationsSection: SectionDefinition = {
  id: 'acme/notifications',
  scope: 'personal',
  // A function, so the navigation follows the language.
  label: () => notificationsText().label,
  // Between Preferences (20) and Membership (30).
  order: 25,
  tagName: 'acme-notifications',
  // Its code arrives when the section is first needed, like the built-in sections'.
  load: () => import('./acme-notifications.js'),
  // Accounts signed in through an identity provider get their notifications from IT: the rule says
  // so, and "Can't find a setting?" shows the sentence.
  rule: (session) =>
    session.user.auth.type === 'sso'
      ? {
          allowed: false,
          reason: 'managed-by-identity-provider',
          message: notificationsText().setByIt(session.user.auth.providerName),
        }
      : { allowed: true },
};
