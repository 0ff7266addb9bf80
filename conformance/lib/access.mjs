// The access rule of an operation (`x-access` in openapi.json) applied to a session: what the
// server must allow. The access rules in one function, for the conformance suite and the contract tests.

/** A manage permission also grants its view (`org.billing.manage` ⇒ `org.billing.view`). */
function holds(granted, permission) {
  return !permission || granted.includes(permission) || granted.includes(permission.replace(/\.view$/, '.manage'));
}

/**
 * Whether `session` may call an operation whose `x-access` is `access`, for the company
 * `companyId` of the path (company operations). Grant rules beyond permissions (roles outside
 * `grantableRoles`, wider company access, one's own record) can still refuse an allowed write.
 */
export function accessAllows(access, session, companyId) {
  switch (access?.scope) {
    case 'personal':
      return true;
    case 'organization': {
      const organization = session.organization;
      return Boolean(organization) && (!access.feature || session.features[access.feature] === true) && holds(organization.permissions, access.permission);
    }
    case 'company': {
      const company = session.companies.find((c) => c.id === companyId);
      return Boolean(company) && holds(company.permissions, access.permission);
    }
    default:
      throw new Error(`openapi.json: unknown x-access ${JSON.stringify(access)}`);
  }
}
