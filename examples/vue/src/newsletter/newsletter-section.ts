import type { SectionDefinition } from 'settings-elements/kit';

/** Personal > Newsletter, after Membership: every signed-in user has one. */
export const newsletterSection: SectionDefinition = {
  id: 'acme/newsletter',
  scope: 'personal',
  label: 'Newsletter',
  order: 40,
  tagName: 'acme-newsletter',
};
