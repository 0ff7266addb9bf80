// Who the conformance suite signs in as. Each role is a kind of user the role table and the mock
// personas describe; a backend team passes one token per role for a test tenant of theirs. Only
// `owner` is required: checks that need a missing role are skipped, and so are checks whose
// premise the token's session does not meet (e.g. an admin who holds every company). A `foreign`
// role is a user of another tenant: our companies and records must not exist for them.
import { RunStopped } from './runner.mjs';

const has = (list, permission) => Boolean(list?.includes(permission));

export const roles = [
  {
    name: 'owner',
    persona: 'owner',
    who: 'Organization Owner: every organization permission, every company (the tenant needs one or more)',
    fits: (s) => has(s.organization?.permissions, 'org.admin-team.manage') && s.organization.companyAccess === 'all' && s.companies.length > 0,
  },
  {
    name: 'admin',
    persona: 'org-admin',
    who: 'Organization Admin of some companies but not all: admin team and API keys, no billing',
    fits: (s) => has(s.organization?.permissions, 'org.admin-team.manage') && Array.isArray(s.organization.companyAccess),
  },
  {
    name: 'billing',
    persona: 'billing-manager',
    who: 'Organization Billing manager: billing, admin team read-only, no API keys',
    fits: (s) => has(s.organization?.permissions, 'org.billing.manage') && !has(s.organization.permissions, 'org.api-keys.manage'),
  },
  {
    name: 'company-admin',
    persona: 'company-admin',
    who: 'company-only member who manages the members of a company (no organization membership)',
    fits: (s) => s.organization === null && s.companies.some((c) => has(c.permissions, 'company.members.manage')),
  },
  {
    name: 'member',
    persona: 'company-viewer',
    who: 'company-only member with view permissions only (a Viewer)',
    fits: (s) => s.organization === null && s.companies.length > 0 && s.companies.every((c) => c.permissions.every((p) => p.endsWith('.view'))),
  },
  {
    name: 'sso',
    persona: 'sso-user',
    who: 'a user who signs in through SSO (password resets are refused)',
    fits: (s) => s.user.auth.type === 'sso',
  },
  {
    name: 'other-tenant',
    persona: 'no-billing-profile',
    who: 'an Owner in another organization (tenant)',
    foreign: true,
    fits: (s, owner) => Boolean(s.organization) && s.organization.id !== owner?.organization?.id,
  },
  {
    name: 'feature-off',
    persona: 'no-api-keys',
    who: 'a member of another organization whose plan lacks a feature (a features flag false, e.g. no API keys)',
    foreign: true,
    fits: (s, owner) => Boolean(s.organization) && s.organization.id !== owner?.organization?.id && Object.values(s.features).includes(false),
  },
];

/** The command-line flag and environment variable of a role's token. */
export const flagOf = (role) => `token-${role.name}`;
export const envOf = (role) => `CONFORMANCE_TOKEN_${role.name.toUpperCase().replace(/-/g, '_')}`;

/**
 * Reads each given token's session. Answers `{ [name]: { token, session, fits } }` for the roles
 * whose token signs in; throws `RunStopped` when the owner's does not, since nothing can be checked
 * then (and the call's error when the server does not answer).
 */
export async function signIn(call, tokens) {
  const signedIn = {};
  for (const role of roles) {
    const token = tokens[role.name];
    if (!token) continue;
    const response = await call(token, 'GET', '/session');
    if (response.status !== 200) {
      if (role.name === 'owner') throw new RunStopped(`the owner token does not sign in: GET /session answered ${response.status}`);
      signedIn[role.name] = { token, session: undefined, fits: false, problem: `GET /session answered ${response.status}` };
      continue;
    }
    signedIn[role.name] = { token, session: response.body, fits: role.fits(response.body, signedIn.owner?.session) };
  }
  return signedIn;
}
