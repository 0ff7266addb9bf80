import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';
import { failure } from './support.js';

const { retail, logistics, health } = northwindCompanyIds;

/**
 * Issue 8, finding 1: nobody grants wider company access than they hold, and nobody edits their
 * own access. Daniel (org-admin) is an Admin of Northwind Retail and Logistics, not Health.
 */
describe('mock server: no privilege escalation on the admin team', () => {
  const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
  const as = (persona: PersonaId) => createMockClient({ persona, db });
  const orgAdmin = as('org-admin');
  const owner = as('owner');
  const memberId = async (q: string) => (await owner.listAdminTeam({ q })).items[0]!.id;
  const invite = (companyAccess: 'all' | string[]) => ({ email: 'new.admin@northwind.example', roleId: 'admin', companyAccess });

  beforeEach(() => db.reset());

  it('lists only the companies the caller may grant', async () => {
    const page = await orgAdmin.listOrganizationCompanies();
    expect(page.items.map((c) => c.id)).to.have.members([retail, logistics]);
    expect(page.total).to.equal(2);
    expect((await owner.listOrganizationCompanies()).total).to.equal(3);
  });

  it('refuses "All companies" from an Admin who holds only some', async () => {
    const error = await failure(orgAdmin.addAdminTeamMember(invite('all')));
    expect(error).to.include({ status: 403 });
    expect(error.message).to.contain('only to companies you have access to');
  });

  it('refuses a company the Admin cannot see', async () => {
    expect(await failure(orgAdmin.addAdminTeamMember(invite([retail, health])))).to.include({ status: 403 });
    expect((await owner.listAdminTeam({ q: 'new.admin' })).total).to.equal(0);
  });

  it('still lets the Admin grant the companies they hold', async () => {
    const member = await orgAdmin.addAdminTeamMember(invite([retail]));
    expect(member.companyAccess).to.deep.equal([{ id: retail, name: 'Northwind Retail' }]);
  });

  it('refuses an Admin editing their own access, even to less', async () => {
    const daniel = await memberId('daniel');
    expect(await failure(orgAdmin.updateAdminTeamMember(daniel, { roleId: 'admin', companyAccess: 'all' }))).to.include({ status: 403 });
    expect(await failure(orgAdmin.updateAdminTeamMember(daniel, { companyAccess: [retail] }))).to.include({ status: 403 });
    const session = await orgAdmin.getSession();
    expect(session.companies.map((c) => c.id)).to.have.members([retail, logistics]);
  });

  it('refuses changing a member whose access reaches further than the caller’s', async () => {
    // Marco administers Health; Grace has every company.
    const error = await failure(orgAdmin.updateAdminTeamMember(await memberId('marco'), { companyAccess: [retail] }));
    expect(error).to.include({ status: 403 });
    expect(error.message).to.contain('access to companies you do not');
    expect(await failure(orgAdmin.removeAdminTeamMember(await memberId('grace')))).to.include({ status: 403 });
  });

  it('lets an Owner grant every company and edit others', async () => {
    const member = await owner.addAdminTeamMember(invite('all'));
    expect(member.companyAccess).to.equal('all');
    const updated = await owner.updateAdminTeamMember(await memberId('daniel'), { companyAccess: [health] });
    expect(updated.companyAccess).to.deep.equal([{ id: health, name: 'Northwind Health' }]);
  });

  it('refuses an Owner editing their own record too', async () => {
    const olivia = await memberId('olivia');
    expect(await failure(owner.updateAdminTeamMember(olivia, { roleId: 'admin', companyAccess: 'all' }))).to.include({ status: 403 });
  });
});
