import type { CompanyPermission, Session, SessionCompany } from '../../src/api/types.js';

const allCompanyPermissions: CompanyPermission[] = [
  'company.sites.view',
  'company.sites.manage',
  'company.data.view',
  'company.data.manage',
  'company.members.view',
  'company.members.manage',
];

export function company(id: string, name: string, overrides: Partial<SessionCompany> = {}): SessionCompany {
  return {
    id,
    name,
    role: { id: 'admin', name: 'Admin' },
    permissions: allCompanyPermissions,
    grantedBy: 'company',
    grantableRoles: [],
    ...overrides,
  };
}

/** A small hand-made session for element tests that do not need a whole mock tenant. */
export function testSession(overrides: Partial<Session> = {}): Session {
  return {
    user: { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com', auth: { type: 'password' }, theme: 'system', language: 'en' },
    organization: null,
    companies: [company('c1', 'Acme North'), company('c2', 'Acme South', { role: { id: 'viewer', name: 'Viewer' }, permissions: ['company.sites.view', 'company.data.view', 'company.members.view'] })],
    features: { apiKeys: true, billing: true, dataRepository: true },
    ...overrides,
  };
}
