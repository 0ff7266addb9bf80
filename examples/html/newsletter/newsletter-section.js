/**
 * Personal > Newsletter, after Membership: every signed-in user has one.
 * @type {import('settings-elements').SectionDefinition}
 */
export const newsletterSection = {
  id: 'acme/newsletter',
  scope: 'personal',
  label: 'Newsletter',
  order: 40,
  tagName: 'acme-newsletter',
};
