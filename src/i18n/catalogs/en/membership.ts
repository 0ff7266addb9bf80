/** Strings of the membership panel, Personal > Membership (English). */
export const membershipMessages = {
  'membership.organization.heading': 'Organization',
  'membership.organization.name': 'Name',
  'membership.role': 'Your role',
  'membership.companyAccess': 'Company access',
  'membership.companyAccess.all': 'All companies',
  'membership.companyAccess.none': 'No companies',
  'membership.companyAccess.many': (p: { count: string }) => `${p.count} specific companies`,

  'membership.companies.heading': 'Companies',
  'membership.companies.empty': 'You are not a member of any company yet. Ask an organization admin or an admin of your company to add you.',
  'membership.company': 'Company',
  'membership.grantedBy': 'Granted through',
  'membership.grantedBy.organization': 'Organization admin team',
  'membership.grantedBy.company': 'Company membership',
  'membership.filter': 'Find a company',
  'membership.count': (p: { shown: string; total: string }) => `Showing ${p.shown} of ${p.total}.`,
  'membership.showAll': (p: { total: string }) => `Show all ${p.total}`,
  'membership.noMatch': (p: { query: string }) => `No company matches “${p.query}”.`,
};
