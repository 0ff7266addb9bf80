// The rule violations the conformance suite must catch, one per rule of conformance/README.md's
// rules table where the mock personas can observe it. Each is a small edit of the mock server's
// source (`from` → `to`, which must occur exactly once), planted only in the copy that one run
// bundles: the files in mocks/ are never changed. An edit whose `from` is no longer in its file
// stops the mutation run (exit 2) instead of testing nothing, so the list cannot silently rot.

/** `{ id, rule, plant, edits: [{ file, from, to }] }`: `rule` as in the README's table, `plant` what the copy does wrong. */
export const mutations = [
  {
    id: 'unknown-path-without-token',
    rule: '401 before anything else, unknown paths included',
    plant: 'a path the contract does not have answers 404 without a token',
    edits: [{ file: 'mocks/handlers.ts', from: '      personaOf(request)\n        ? errorJson(404,', to: '      true\n        ? errorJson(404,' }],
  },
  {
    id: 'other-scheme-accepted',
    rule: 'only a `Bearer` token counts',
    plant: 'a token under any scheme (Basic) signs in',
    edits: [{ file: 'mocks/handlers.ts', from: '/^Bearer\\s+(\\S+)$/i', to: '/^\\w+\\s+(\\S+)$/i' }],
  },
  {
    id: 'not-found-before-forbidden',
    rule: 'Access before ids: 403 for an unknown id, not 404',
    plant: 'GET /organization/api-keys/{id} looks the key up before the access check',
    edits: [
      {
        file: 'mocks/db/api-keys.ts',
        from: '    getApiKey(id) {\n      view();\n      return toApiKey(find(id), now);',
        to: '    getApiKey(id) {\n      const key = find(id);\n      view();\n      return toApiKey(key, now);',
      },
    ],
  },
  {
    id: 'reads-ignore-view-permission',
    rule: 'A read is allowed exactly when its `x-access` grants the session',
    plant: 'a read needs no view permission, only membership',
    edits: [{ file: 'mocks/db/authorize.ts', from: "if (mode === 'manage' ? !canManage : !canView) throw", to: "if (mode === 'manage' && !canManage) throw" }],
  },
  {
    id: 'tenant-feature-ignored',
    rule: 'A read is allowed exactly when its `x-access` grants the session (the tenant feature)',
    plant: 'a section the tenant’s plan does not include (features.apiKeys off) answers as if it did',
    edits: [{ file: 'mocks/db/authorize.ts', from: 'if (section.feature && !actor.session.features[section.feature]) {', to: 'if (false) {' }],
  },
  {
    id: 'tenant-feature-reads-only',
    rule: 'A write needs its `x-access` permission (and the tenant feature), else 403',
    plant: 'a section the tenant’s plan does not include is closed to reads only',
    edits: [{ file: 'mocks/db/authorize.ts', from: 'if (section.feature && !actor.session.features[section.feature]) {', to: "if (mode === 'view' && section.feature && !actor.session.features[section.feature]) {" }],
  },
  {
    id: 'write-with-view-permission',
    rule: 'A write needs its `x-access` permission, else 403',
    plant: 'adding a site needs company.sites.view only',
    edits: [
      {
        file: 'mocks/db/sites.ts',
        from: "const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');\n      const v = new FieldValidator();\n      const name = uniqueName",
        to: "const company = requireCompanyAccess(actor, companyId, 'company/sites', 'view');\n      const v = new FieldValidator();\n      const name = uniqueName",
      },
    ],
  },
  {
    id: 'other-tenant-key-by-id',
    rule: 'Another tenant’s records do not exist for them: 404 by id',
    plant: 'an API key is looked up by id in every tenant',
    edits: [
      { file: 'mocks/db.ts', from: '      tenants.set(id, record);', to: '      tenants.set(id, record);\n      (globalThis.plantedTenants ??= []).push(record);' },
      {
        file: 'mocks/db/api-keys.ts',
        from: 'const key = keys.find((k) => k.id === id);\n    if (!key) throw notFound',
        to: 'const key = globalThis.plantedTenants.flatMap((t) => t.apiKeys).find((k) => k.id === id);\n    if (!key) throw notFound',
      },
    ],
  },
  {
    id: 'site-through-other-company',
    rule: 'One company’s records answer 404 through another company’s path',
    plant: 'PATCH of a site finds it in any company of the tenant',
    edits: [
      {
        file: 'mocks/db/sites.ts',
        from: "const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');\n      const site = findSite(company, siteId);",
        to: "const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');\n      const site = findSite(actor.tenant.companies.find((c) => c.sites.some((s) => s.id === siteId)) ?? company, siteId);",
      },
    ],
  },
  {
    id: 'member-search-across-companies',
    rule: 'A company’s member search (`q`) covers that company only',
    plant: 'a search of one company’s members looks in every company',
    edits: [
      {
        file: 'mocks/db/company-members.ts',
        from: 'const members = [...company.members.map(toCompanyMember), ...organizationMembers(tenant, company)];',
        to: 'const members = (query.q ? tenant.companies : [company]).flatMap((c) => [...c.members.map(toCompanyMember), ...organizationMembers(tenant, c)]);',
      },
    ],
  },
  {
    id: 'company-picker-whole-organization',
    rule: 'The company picker holds only the caller’s own company access',
    plant: 'GET /organization/companies lists every company of the organization',
    edits: [{ file: 'mocks/db/admin-team.ts', from: 'const grantable = tenant.companies.filter((company) => withinCompanyAccess(held, [company.id]));', to: 'const grantable = tenant.companies;' }],
  },
  {
    id: 'pages-overlap',
    rule: 'Pages add up to `total`, no record twice',
    plant: 'each page after the first repeats the previous page’s last record',
    edits: [{ file: 'mocks/paging.ts', from: 'items: items.slice(offset, end),', to: 'items: items.slice(Math.max(0, offset - 1), end),' }],
  },
  {
    id: 'limit-zero-accepted',
    rule: '`limit` below 1 … is 422 naming the parameter',
    plant: 'limit=0 answers an empty page',
    edits: [{ file: 'mocks/paging.ts', from: 'if (!Number.isInteger(limit) || limit < 1)', to: 'if (!Number.isInteger(limit) || limit < 0)' }],
  },
  {
    id: 'limit-uncapped',
    rule: 'A larger `limit` is capped at the maximum page size',
    plant: 'any limit is answered in full',
    edits: [{ file: 'mocks/paging.ts', from: 'return Math.min(limit, maxPageSize);', to: 'return limit;' }],
  },
  {
    id: 'search-case-sensitive',
    rule: '`q` searches on the server, ignoring case',
    plant: 'q matches only in the same case',
    edits: [
      { file: 'mocks/paging.ts', from: 'const needle = q?.trim().toLowerCase();', to: 'const needle = q?.trim();' },
      { file: 'mocks/paging.ts', from: 'field?.toLowerCase().includes(needle)', to: 'field?.includes(needle)' },
    ],
  },
  {
    id: 'first-field-error-only',
    rule: 'Refused input is 422 `validation_failed` naming every field at once',
    plant: 'a 422 names only the first invalid field',
    edits: [{ file: 'mocks/validation.ts', from: '    this.#errors[field] ??= message;', to: '    if (Object.keys(this.#errors).length === 0) this.#errors[field] ??= message;' }],
  },
  {
    id: 'malformed-json-accepted',
    rule: 'a malformed body is 400',
    plant: 'a body that is not JSON is read as {}',
    edits: [{ file: 'mocks/handlers/responses.ts', from: '  } catch {\n    body = undefined;\n  }', to: '  } catch {\n    body = {};\n  }' }],
  },
  {
    id: 'billing-profile-made-up',
    rule: 'The billing profile is set up by support first: 409 `billing_profile_not_set_up`',
    plant: 'a PATCH of a profile not set up creates one',
    edits: [
      {
        file: 'mocks/db/billing.ts',
        from: 'const profile = billing.profile;',
        to: "const profile = (billing.profile ??= { companyName: 'Made up', billingEmail: 'billing@example.com', taxId: '', address: { line1: '1 Road', line2: '', city: 'Town', postalCode: '1000', region: '', country: 'US' } });",
      },
    ],
  },
  {
    id: 'sso-password-reset',
    rule: 'SSO logins get no password reset: 409 `sso_managed`',
    plant: 'an SSO login gets a reset email',
    edits: [{ file: 'mocks/db/personal.ts', from: "if (user.auth.type === 'sso') {", to: 'if (false) {' }],
  },
  {
    id: 'password-reset-unlimited',
    rule: 'At most one reset email per user a minute: 429 with `Retry-After`',
    plant: 'every reset request sends an email',
    edits: [{ file: 'mocks/db/personal.ts', from: 'if (waitSeconds > 0) throw rateLimited', to: 'if (false) throw rateLimited' }],
  },
  {
    id: 'rate-limited-without-retry-after',
    rule: 'Every 429 carries `Retry-After`',
    plant: '429 without Retry-After',
    edits: [{ file: 'mocks/handlers/responses.ts', from: "const headers = error.retryAfter !== undefined ? { 'Retry-After': String(error.retryAfter) } : undefined;", to: 'const headers = undefined;' }],
  },
  {
    id: 'invite-beyond-own-companies',
    rule: 'Nobody gives company access wider than their own, inviting … (403)',
    plant: 'an invitation may give any company access',
    edits: [{ file: 'mocks/db/admin-team.ts', from: 'requireGrantRules(role, access);\n      if (team.some', to: 'requireGrantRules(role, []);\n      if (team.some' }],
  },
  {
    id: 'widen-by-patch',
    rule: 'Nobody gives company access wider than their own, … changing a member (403)',
    plant: 'an Admin may widen a member to all companies by PATCH',
    edits: [{ file: 'mocks/db/admin-team.ts', from: "requireGrantRules(newRole, access);\n      if (role.id !== 'owner')", to: "requireGrantRules(newRole, []);\n      if (role.id !== 'owner')" }],
  },
  {
    id: 'change-own-record',
    rule: 'Nobody changes their own record (403)',
    plant: 'a PATCH of one’s own admin-team record is accepted',
    edits: [{ file: 'mocks/db/admin-team.ts', from: 'if (member.userId === actor.user.id) {', to: 'if (false) {' }],
  },
  {
    id: 'last-owner-removable',
    rule: 'The last active Owner stays: 409 `last_owner`',
    plant: 'the last Owner can be removed',
    edits: [{ file: 'mocks/db/admin-team.ts', from: "      requireAnotherOwner(team, member, 'removed');\n", to: '' }],
  },
  {
    id: 'duplicate-email-other-case',
    rule: 'One membership per email, ignoring case (409 `already_member`)',
    plant: 'the same email in capitals is a new admin-team member',
    edits: [{ file: 'mocks/db/admin-team.ts', from: 'if (team.some((member) => sameEmail(member.email, email))) {', to: 'if (team.some((member) => member.email === email)) {' }],
  },
  {
    id: 'resend-to-active-member',
    rule: 'resend only to an invited member (409 `not_invited`)',
    plant: 'an active member gets an invitation again',
    edits: [{ file: 'mocks/db/admin-team.ts', from: "if (member.status !== 'invited') throw conflict('not_invited'", to: "if (false) throw conflict('not_invited'" }],
  },
  {
    id: 'managed-by-organization-not-found',
    rule: 'Company members from the admin team are managed there: 409 `managed_by_organization`',
    plant: 'PATCH of a member from the admin team answers 404',
    edits: [{ file: 'mocks/db/company-members.ts', from: 'if (organizationMembers(tenant, company).some((m) => m.id === memberId)) {', to: 'if (false) {' }],
  },
  {
    id: 'secret-on-get',
    rule: 'An API key’s secret is only in its create response: never … a GET by id',
    plant: 'GET /organization/api-keys/{id} shows the secret as the prefix',
    edits: [
      {
        file: 'mocks/db/api-keys.ts',
        from: '      keys.unshift(record);\n',
        to: '      keys.unshift(record);\n      (globalThis.plantedSecrets ??= new Map()).set(record.id, secret);\n',
      },
      {
        file: 'mocks/db/api-keys.ts',
        from: '      view();\n      return toApiKey(find(id), now);',
        to: '      view();\n      return { ...toApiKey(find(id), now), prefix: globalThis.plantedSecrets?.get(id) ?? find(id).prefix };',
      },
    ],
  },
  {
    id: 'key-name-other-case',
    rule: 'Key names are unique among active keys, ignoring case (422)',
    plant: 'an active key’s name in capitals is accepted',
    edits: [{ file: 'mocks/db/api-keys.ts', from: 'key.name.toLowerCase() === name.toLowerCase()', to: 'key.name === name' }],
  },
  {
    id: 'revoked-key-reads-active',
    rule: 'a key reads as what it is: … revoked, not listed as active once revoked',
    plant: 'a revoked key reads as active',
    edits: [{ file: 'mocks/db/api-keys.ts', from: "  if (key.revokedAt !== null) return 'revoked';\n", to: '' }],
  },
  {
    id: 'enable-active-key',
    rule: 'enabling a key that is not disabled is 409',
    plant: 'enabling an active key answers 200',
    edits: [{ file: 'mocks/db/api-keys.ts', from: "if (status !== 'disabled') throw conflict('not_disabled'", to: "if (status === 'revoked') throw conflict('not_disabled'" }],
  },
  {
    id: 'second-rotation-accepted',
    rule: 'One rotation at a time (409 `rotation_in_progress`)',
    plant: 'a second replacement of a rotating key is created',
    edits: [{ file: 'mocks/db/api-keys.ts', from: "if (replaced && pending && !['revoked', 'expired'].includes(statusOf(pending, now))) {", to: 'if (false) {' }],
  },
  {
    id: 'key-scope-beyond-creator',
    rule: 'A key never reaches further than its creator (403)',
    plant: 'a key may get scopes its creator does not hold',
    edits: [{ file: 'mocks/db/api-keys.ts', from: 'const beyond = chosen.filter((s) => !holdsScope(current, s));', to: 'const beyond = [];' }],
  },
  {
    id: 'lifetime-policy-ignored',
    rule: 'The policy’s `maxLifetimeDays` caps `expiresInDays` and refuses a key that never expires',
    plant: 'a create ignores the policy’s maximum lifetime',
    edits: [{ file: 'mocks/db/api-keys.ts', from: 'lifetimeOf(v, input.expiresInDays, policy.maxLifetimeDays)', to: 'lifetimeOf(v, input.expiresInDays, null)' }],
  },
  {
    id: 'policy-without-permission',
    rule: 'Only `org.api-keys.policy` changes the policy (403)',
    plant: 'anyone who may view API keys changes the policy',
    edits: [{ file: 'mocks/db/api-keys.ts', from: "if (!organization.permissions.includes('org.api-keys.policy')) {", to: "if (!organization.permissions.includes('org.api-keys.view')) {" }],
  },
  {
    id: 'idempotency-other-body-replayed',
    rule: 'the key with another body is 400 `idempotency_key_reused`',
    plant: 'the key with another body gets the first answer',
    edits: [{ file: 'mocks/handlers.ts', from: 'if (previous.sent !== sent) {', to: 'if (false) {' }],
  },
  {
    id: 'idempotency-concurrent',
    rule: 'One request at a time under a key (409 `idempotency_key_in_use`)',
    plant: 'requests sent at once under one key are each carried out',
    edits: [{ file: 'mocks/handlers.ts', from: '    if (key && !previous) kept.begin(key);\n', to: '' }],
  },
  {
    id: 'idempotency-replay-to-another-user',
    rule: 'A kept answer goes only to its sender',
    plant: 'a replay is given to whoever sends the key',
    edits: [{ file: 'mocks/handlers.ts', from: 'return `${personaId} ${request.method} ${new URL(request.url).pathname} ${key}`;', to: 'return `${request.method} ${new URL(request.url).pathname} ${key}`;' }],
  },
  {
    id: 'idempotency-replay-after-access-lost',
    rule: 'A replay passes the access checks again (403)',
    plant: 'a replay skips the access checks',
    edits: [{ file: 'mocks/handlers.ts', from: '      replayAccess.authorizeAgain(personaId, previous.checks);\n', to: '' }],
  },
  {
    id: 'idempotency-secret-of-revoked-key',
    rule: 'A create’s replay repeats the secret only while the key is active (409 `idempotency_key_spent`)',
    plant: 'the replay of a revoked key’s create repeats its secret',
    edits: [{ file: 'mocks/handlers.ts', from: 'const spent = previous.spent ?? route.spentBecause?.(options.db.actingAs(personaId), previous.body);', to: 'const spent = previous.spent;' }],
  },
  {
    id: 'idempotency-past-the-window',
    rule: 'An answer is kept 24 hours, then forgotten',
    plant: 'an answer is kept for ever',
    edits: [{ file: 'mocks/handlers/idempotency.ts', from: "if (entry.state === 'answered' && entry.at <= oldest) entries.delete(key);", to: 'if (false) entries.delete(key);' }],
  },
  {
    id: 'billing-manager-gains-api-keys',
    rule: 'The role model (`--roles`)',
    plant: 'the Billing manager role also carries org.api-keys.view and org.api-keys.manage',
    edits: [
      {
        file: 'mocks/roles.ts',
        from: "permissions: ['org.billing.view', 'org.billing.manage', 'org.admin-team.view'],",
        to: "permissions: ['org.billing.view', 'org.billing.manage', 'org.admin-team.view', 'org.api-keys.view', 'org.api-keys.manage'],",
      },
    ],
  },
  {
    id: 'viewer-gains-site-writes',
    rule: 'The role model (`--roles`)',
    plant: 'the company Viewer role also carries company.sites.manage',
    edits: [
      {
        file: 'mocks/roles.ts',
        from: "permissions: ['company.sites.view', 'company.data.view', 'company.members.view'],",
        to: "permissions: ['company.sites.view', 'company.sites.manage', 'company.data.view', 'company.members.view'],",
      },
    ],
  },
];

/**
 * `text` with `edits` applied (those of one file). Throws when an edit's `from` is not in the text
 * exactly once: the mock server changed, and the mutation must be written again.
 */
export function applyEdits(file, text, edits) {
  let result = text;
  for (const { from, to } of edits) {
    const count = result.split(from).length - 1;
    if (count !== 1) throw new Error(`${file} holds ${count === 0 ? 'no' : count} ${JSON.stringify(from.length > 70 ? `${from.slice(0, 70)}…` : from)}${count ? ' (it must be once)' : ''}`);
    result = result.replace(from, () => to);
  }
  return result;
}

/** The edits of a mutation by file: `Map<file, edits[]>`. */
export function editsByFile(mutation) {
  const files = new Map();
  for (const edit of mutation.edits) files.set(edit.file, [...(files.get(edit.file) ?? []), edit]);
  return files;
}
