import { emailAddressPattern, maxEmailAddressLength } from '../api/email-address.js';
import { membersMessages } from '../i18n/catalogs/en/members.js';
import { addMessages, msg } from '../i18n/localize.js';

addMessages(membersMessages);

/**
 * What is wrong with an email address someone typed to invite a person, in words; nothing when it
 * will do. The server's rule (`emailAddressPattern`), so most typos never make a round trip.
 */
export function emailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!emailAddressPattern.test(email)) return msg('members.email.invalid');
  return email.length > maxEmailAddressLength ? msg('members.email.tooLong', { max: maxEmailAddressLength }) : undefined;
}
