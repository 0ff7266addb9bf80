import { expect } from '@open-wc/testing';
import { evaluateAccess, type AccessReason } from '../../src/access/evaluate-access.js';
import { sectionIds, type BuiltInSectionId as SectionId } from '../../src/access/sections.js';
import { createMockDb } from '../../mocks/db.js';
import { personaIds, type PersonaId } from '../../mocks/personas.js';
import { testSession } from '../support/sessions.js';

type Expected = 'manage' | 'view' | AccessReason;

const M = 'manage';
const V = 'view';
const notMember = 'not-organization-member';
const noPermission = 'missing-permission';
const noCompany = 'no-company-access';
const noFeature = 'feature-unavailable';

/**
 * The personas (mocks/personas.ts) as a matrix: what every persona may do in every section (for its default company).
 * Columns follow `sectionIds`: general, preferences, membership | sites, data preferences, members |
 * admin team, API keys, billing, data repository.
 */
const matrix: Record<PersonaId, Expected[]> = {
  owner: [M, M, M, M, M, M, M, M, M, M],
  'org-admin': [M, M, M, M, M, M, M, M, noPermission, V],
  'billing-manager': [M, M, M, noCompany, noCompany, noCompany, V, noPermission, M, noPermission],
  'company-admin': [M, M, M, M, M, M, notMember, notMember, notMember, notMember],
  'company-viewer': [M, M, M, V, V, V, notMember, notMember, notMember, notMember],
  'sso-user': [M, M, M, M, M, V, notMember, notMember, notMember, notMember],
  'no-api-keys': [M, M, M, M, M, M, M, noFeature, M, M],
  'no-billing-profile': [M, M, M, M, M, M, M, M, M, M],
  'large-org': [M, M, M, M, M, M, M, M, M, M],
  unstable: [M, M, M, M, M, M, M, M, M, M],
};

const outcome = (persona: PersonaId, section: SectionId): Expected => {
  const decision = evaluateAccess(createMockDb().sessionFor(persona), section);
  return decision.allowed ? decision.mode : decision.reason;
};

describe('evaluateAccess', () => {
  it('covers every persona', () => {
    expect(Object.keys(matrix).sort()).to.deep.equal([...personaIds].sort());
  });

  for (const persona of personaIds) {
    it(`matches the access matrix for ${persona}`, () => {
      const actual = sectionIds.map((section) => outcome(persona, section));
      const mismatches = sectionIds.filter((_, i) => actual[i] !== matrix[persona][i]).map((s, i) => `${s}: ${actual[i]}`);
      expect(actual, `mismatches: ${mismatches.join(', ')}`).to.deep.equal(matrix[persona]);
    });
  }

  it('gives every hidden section a message, naming the role where a role is the reason', () => {
    const billing = evaluateAccess(createMockDb().sessionFor('org-admin'), 'organization/billing');
    expect(billing).to.deep.include({ allowed: false, reason: 'missing-permission' });
    expect(billing.allowed === false && billing.message).to.contain('Admin');

    const apiKeys = evaluateAccess(createMockDb().sessionFor('billing-manager'), 'organization/api-keys');
    expect(apiKeys.allowed === false && apiKeys.message).to.contain('require organization-level access');

    const org = evaluateAccess(createMockDb().sessionFor('company-admin'), 'organization/admin-team');
    expect(org.allowed === false && org.message).to.equal(
      'The Organization section is only visible to users who belong to an organization. Contact an organization admin to be added.',
    );
    const feature = evaluateAccess(createMockDb().sessionFor('no-api-keys'), 'organization/api-keys');
    expect(feature.allowed === false && feature.message).to.contain('not enabled');
  });

  it('decides company sections for the given company', () => {
    const session = testSession();
    expect(evaluateAccess(session, 'company/sites', 'c1')).to.deep.include({ allowed: true, mode: 'manage', roleName: 'Admin' });
    expect(evaluateAccess(session, 'company/sites', 'c2')).to.deep.include({ allowed: true, mode: 'view', roleName: 'Viewer' });
    expect(evaluateAccess(session, 'company/sites', 'elsewhere')).to.deep.include({ allowed: false, reason: 'no-company-access' });
  });

  it('checks the feature before the permission: no role change would reveal a disabled feature', () => {
    const session = testSession({
      organization: { id: 'o', name: 'Org', role: { id: 'billing-manager', name: 'Billing manager' }, permissions: [], companyAccess: [], grantableRoles: [] },
      features: { apiKeys: false, billing: true, dataRepository: true },
    });
    expect(evaluateAccess(session, 'organization/api-keys')).to.deep.include({ reason: 'feature-unavailable' });
    expect(evaluateAccess(session, 'organization/billing')).to.deep.include({ reason: 'missing-permission' });
  });

  it('treats manage permission alone as visible and manageable', () => {
    const session = testSession({
      organization: { id: 'o', name: 'Org', role: { id: 'x', name: 'Custom' }, permissions: ['org.billing.manage'], companyAccess: 'all', grantableRoles: [] },
    });
    expect(evaluateAccess(session, 'organization/billing')).to.deep.include({ allowed: true, mode: 'manage' });
  });
});
