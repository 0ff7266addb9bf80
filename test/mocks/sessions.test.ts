import { expect } from '@open-wc/testing';
import type { CompanyPermission, OrganizationPermission, Session } from '../../src/api/types.js';
import { createMockDb } from '../../mocks/db.js';
import { personaIds } from '../../mocks/personas.js';
import { globexSize, northwindCompanyIds } from '../../mocks/scenarios/index.js';

/** What the role table grants, spelled out so a change to roles.ts has to match it. */
const orgPermissions: Record<'Owner' | 'Admin' | 'Billing manager', OrganizationPermission[]> = {
  Owner: [
    'org.admin-team.view',
    'org.admin-team.manage',
    'org.api-keys.view',
    'org.api-keys.manage',
    'org.api-keys.policy',
    'org.billing.view',
    'org.billing.manage',
    'org.data-repository.view',
    'org.data-repository.manage',
  ],
  Admin: ['org.admin-team.view', 'org.admin-team.manage', 'org.api-keys.view', 'org.api-keys.manage', 'org.data-repository.view'],
  'Billing manager': ['org.billing.view', 'org.billing.manage', 'org.admin-team.view'],
};
const companyPermissions: Record<'Admin' | 'Editor' | 'Viewer', CompanyPermission[]> = {
  Admin: ['company.sites.view', 'company.sites.manage', 'company.data.view', 'company.data.manage', 'company.members.view', 'company.members.manage'],
  Editor: ['company.sites.view', 'company.sites.manage', 'company.data.view', 'company.data.manage', 'company.members.view'],
  Viewer: ['company.sites.view', 'company.data.view', 'company.members.view'],
};

const sorted = <T>(items: readonly T[]) => [...items].sort();
const roleIds = (roles: readonly { id: string }[]) => roles.map((role) => role.id);
const companyIds = (session: Session) => session.companies.map((company) => company.id);
const { retail, logistics, health } = northwindCompanyIds;

describe('mock sessions (roles and personas)', () => {
  const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
  const session = (persona: (typeof personaIds)[number]) => db.sessionFor(persona);

  it('gives the owner every organization permission and Admin in all three companies', () => {
    const owner = session('owner');
    expect(owner.organization?.role.name).to.equal('Owner');
    expect(sorted(owner.organization!.permissions)).to.deep.equal(sorted(orgPermissions.Owner));
    expect(owner.organization?.companyAccess).to.equal('all');
    expect(roleIds(owner.organization!.grantableRoles)).to.deep.equal(['owner', 'admin', 'billing-manager']);
    expect(companyIds(owner)).to.deep.equal([retail, logistics, health]);
    for (const company of owner.companies) {
      expect(company.grantedBy).to.equal('organization');
      expect(sorted(company.permissions)).to.deep.equal(sorted(companyPermissions.Admin));
      expect(roleIds(company.grantableRoles)).to.deep.equal(['admin', 'editor', 'viewer']);
    }
    expect(owner.features).to.deep.equal({ apiKeys: true, billing: true, dataRepository: true });
  });

  it('limits the org admin to its two companies and the Admin permissions', () => {
    const admin = session('org-admin');
    expect(sorted(admin.organization!.permissions)).to.deep.equal(sorted(orgPermissions.Admin));
    expect(admin.organization?.companyAccess).to.deep.equal([retail, logistics]);
    expect(roleIds(admin.organization!.grantableRoles)).to.deep.equal(['admin', 'billing-manager']);
    expect(companyIds(admin)).to.deep.equal([retail, logistics]);
    expect(admin.companies.every((c) => c.grantedBy === 'organization' && c.permissions.includes('company.members.manage'))).to.equal(true);
  });

  it('gives the billing manager billing and a read-only admin team, and no company', () => {
    const billing = session('billing-manager');
    expect(billing.organization?.role.name).to.equal('Billing manager');
    expect(sorted(billing.organization!.permissions)).to.deep.equal(sorted(orgPermissions['Billing manager']));
    expect(billing.organization?.grantableRoles).to.deep.equal([]);
    expect(billing.companies).to.deep.equal([]);
  });

  it('makes the company admin a company-only member, Admin of one company', () => {
    const companyAdmin = session('company-admin');
    expect(companyAdmin.organization).to.equal(null);
    expect(companyIds(companyAdmin)).to.deep.equal([retail]);
    expect(companyAdmin.companies[0]).to.deep.include({ grantedBy: 'company', role: { id: 'admin', name: 'Admin' } });
    expect(sorted(companyAdmin.companies[0]!.permissions)).to.deep.equal(sorted(companyPermissions.Admin));
  });

  it('makes the company viewer a read-only member of two companies', () => {
    const viewer = session('company-viewer');
    expect(viewer.organization).to.equal(null);
    expect(viewer.companies).to.have.length(2);
    for (const company of viewer.companies) {
      expect(company.role.name).to.equal('Viewer');
      expect(sorted(company.permissions)).to.deep.equal(sorted(companyPermissions.Viewer));
      expect(company.grantableRoles).to.deep.equal([]);
    }
  });

  it('signs the SSO user in through Okta, as an Editor of one company', () => {
    const sso = session('sso-user');
    expect(sso.user.auth).to.deep.equal({ type: 'sso', providerName: 'Okta' });
    expect(sso.organization).to.equal(null);
    expect(sso.companies).to.have.length(1);
    expect(sorted(sso.companies[0]!.permissions)).to.deep.equal(sorted(companyPermissions.Editor));
  });

  it('turns the API keys feature off for Contoso only', () => {
    expect(session('no-api-keys').features.apiKeys).to.equal(false);
    expect(session('no-api-keys').organization?.role.name).to.equal('Owner');
    for (const persona of personaIds.filter((p) => p !== 'no-api-keys')) expect(session(persona).features.apiKeys, persona).to.equal(true);
  });

  it('gives the Fabrikam and Globex owners the Owner role in their own tenants', () => {
    expect(session('no-billing-profile').organization).to.deep.include({ id: 'fabrikam', role: { id: 'owner', name: 'Owner' } });
    const large = session('large-org');
    expect(large.organization).to.deep.include({ id: 'globex', role: { id: 'owner', name: 'Owner' } });
    expect(large.companies).to.have.length(globexSize.companies);
  });

  it('makes the unstable persona the Northwind owner', () => {
    expect(session('unstable')).to.deep.equal(session('owner'));
  });
});
