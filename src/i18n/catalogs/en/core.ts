/** Strings of the shell, the provider, the access rules and the shared states (English). */
export const coreMessages = {
  // scopes and sections
  'scope.personal': 'Personal',
  'scope.company': 'Company',
  'scope.organization': 'Organization',
  'section.personal/general': 'General',
  'section.personal/preferences': 'Preferences',
  'section.personal/membership': 'Membership',
  'section.company/sites': 'Sites',
  'section.company/data-preferences': 'Data preferences',
  'section.company/members': 'Members',
  'section.organization/admin-team': 'Admin team',
  'section.organization/api-keys': 'API keys',
  'section.organization/billing': 'Billing',
  'section.organization/data-repository': 'Data repository',
  'scope.organization.description': 'Organization settings apply across all companies.',
  'scope.company.description': (p: { company: string }) => `Company settings apply only to ${p.company}.`,
  'scope.company.descriptionNoCompany': 'Company settings apply only to the currently selected company.',
  'scope.personal.description': 'Personal settings are your own.',

  // access reasons
  'access.notOrganizationMember':
    'The Organization section is only visible to users who belong to an organization. Contact an organization admin to be added.',
  'access.missingPermission': (p: { section: string; role: string }) =>
    `${p.section} is not available to your role (${p.role}). Ask an organization admin if you need access.`,
  'access.missingPermission.apiKeys': (p: { role: string }) =>
    `API keys require organization-level access. Your role (${p.role}) does not include it. Ask an organization admin if you need access.`,
  'access.missingPermission.billing': (p: { role: string }) =>
    `Billing is restricted by role. Your role (${p.role}) does not include billing access. Ask an organization Owner or Billing manager.`,
  'access.missingPermission.company': (p: { section: string; role: string; company: string }) =>
    `${p.section} of ${p.company} is not available to your role there (${p.role}). Ask an admin of ${p.company} if you need access.`,
  'access.featureUnavailable': (p: { section: string }) =>
    `${p.section} is not enabled for your organization. Contact your account team to enable it.`,
  'access.noCompanyAccess.none':
    'You are not assigned to any company, so there are no company settings to show. Ask an organization admin to assign you to a company.',
  'access.noCompanyAccess.company': 'You are not assigned to this company. Pick one of your companies, or ask an organization admin to assign you.',
  'access.notOffered': 'This section is not part of these settings.',
  /** A host's access rule failed (threw): its section is hidden until it is fixed. */
  'access.ruleFailed': 'This section could not decide who may see it. Try again later.',
  'access.viewOnly': (p: { role: string }) => `View only: your role is ${p.role}.`,

  // shell
  'shell.navLabel': 'Settings sections',
  /** The section menu's button in a narrow container, naming the section on screen. */
  'shell.sectionMenu': (p: { section: string }) => `Section: ${p.section}`,
  'shell.hiddenHelp.summary': "Can't find a setting?",
  'shell.hiddenHelp.intro': 'Visibility is permission- and assignment-based. These sections are hidden for you:',
  'shell.hiddenHelp.none': 'You can see every section.',
  'shell.hiddenTitle': (p: { section: string }) => `${p.section} is not available`,
  'shell.unknownSection': (p: { section: string }) => `There is no settings section called “${p.section}”.`,
  'shell.backToGeneral': 'Go to General',
  /** In place of a section's panel that failed while rendering; coming back to it tries again. */
  'shell.panelFailed': 'This section could not be shown. Try again later.',
  /** A section's code did not arrive (a flaky network, a new deploy); Try again loads it anew. */
  'shell.sectionCodeFailed': 'This section could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',

  // company switcher
  'switcher.label': 'Company',
  'switcher.button': (p: { company: string }) => `Company: ${p.company}`,
  'switcher.none': 'No company',
  'switcher.filter': 'Find a company',
  'switcher.noMatch': 'No company matches.',
  'switcher.grantedByOrganization': 'Through the organization',

  // provider
  'session.loading': 'Loading your settings…',
  'session.error': 'Your settings could not be loaded.',
  'session.notFound': 'The settings service was not found. The page may point at the wrong address; if this goes on, contact your administrator.',
  'session.unreachable': 'The settings service could not be reached. Check your connection and try again.',
  'session.unauthorized': 'Your session has ended. Sign in again to continue.',

  // shared states
  'state.loading': 'Loading…',
  'state.retry': 'Try again',
  /** A dialog's code did not arrive (a flaky network, a new deploy); Try again loads it anew. */
  'state.dialogCodeFailed': 'This dialog could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',
  /** A list stopped early: its server sent a page or cursor it had already sent (a paging bug). */
  'list.repeating': (p: { shown: string; count: number }) =>
    `The server sent the same rows again, so the list stops at ${p.shown} ${p.count === 1 ? 'row' : 'rows'}.`,
  /** Shown for a date the server sent that is not one (empty, or not a date at all). */
  'format.unknownDate': 'Unknown',
  /** A date format with the sample date written in it, in Preferences and Data preferences. */
  'dateFormat.option': (p: { format: string; example: string }) => `${p.format} (${p.example})`,
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unauthorized': 'Your session has ended. Sign in again, then try again.',
  'error.server': 'Something went wrong on our side. Try again in a moment.',
  'error.forbidden': 'You no longer have permission for this. Your access was refreshed; what you can see may have changed.',
  'error.notFound': 'This item no longer exists. It may have been removed by someone else.',
  'error.rateLimited': (p: { seconds: number }) => `Too many requests. Try again in ${p.seconds} seconds.`,
  'error.rateLimitedSoon': 'Too many requests. Try again in a moment.',
  'error.validation': 'Some fields need your attention.',
  'error.invalidResponse': 'The server sent an unexpected response. Try again.',
  /** 409 conflicts the UI says in its own words (`describeError`); any other shows the server's message. */
  'error.conflict.idempotencyKeyInUse': 'This request is still being processed. Try again in a moment.',
};

