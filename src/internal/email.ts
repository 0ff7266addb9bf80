import { membersMessages } from '../i18n/en/members.js';
import { addMessages, msg } from '../i18n/localize.js';

addMessages(membersMessages);

/** The shape the server accepts (mocks/validation.ts), so most typos never make a round trip. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The longest address mail systems deliver to (RFC 5321's path limit, less the angle brackets). */
const maxEmailLength = 254;

/** What is wrong with an email address someone typed to invite a person, in words; nothing when it will do. */
export function emailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!emailPattern.test(email)) return msg('members.email.invalid');
  return email.length > maxEmailLength ? msg('members.email.tooLong', { max: maxEmailLength }) : undefined;
}
