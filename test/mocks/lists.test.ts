import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { globexSize } from '../../mocks/scenarios/index.js';

describe('mock server: paging and search (large-org)', () => {
  const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
  const globex = createMockClient({ persona: 'large-org', db });

  it('pages 10,000 admin-team members 25 at a time with an opaque cursor', async () => {
    const first = await globex.listAdminTeam();
    expect(first.total).to.equal(globexSize.adminTeam);
    expect(first.items).to.have.length(25);
    expect(first.nextCursor).to.be.a('string');

    const second = await globex.listAdminTeam({ cursor: first.nextCursor! });
    expect(second.items).to.have.length(25);
    const firstIds = new Set(first.items.map((m) => m.id));
    expect(second.items.some((m) => firstIds.has(m.id))).to.equal(false);
  });

  it('caps the page size at 100 and ends with a null cursor', async () => {
    expect((await globex.listAdminTeam({ limit: 500 })).items).to.have.length(100);
    const lastPageStart = btoa(`offset:${globexSize.adminTeam - 10}`);
    const last = await globex.listAdminTeam({ cursor: lastPageStart, limit: 100 });
    expect(last.items).to.have.length(10);
    expect(last.nextCursor).to.equal(null);
  });

  it('searches name and email on the server, ignoring case', async () => {
    const page = await globex.listAdminTeam({ q: 'ANNA', limit: 100 });
    expect(page.total).to.be.greaterThan(0).and.lessThan(globexSize.adminTeam);
    for (const member of page.items) expect(`${member.name} ${member.email}`.toLowerCase()).to.contain('anna');
    expect((await globex.listAdminTeam({ q: 'catherine.lowe@globex.example' })).total).to.equal(1);
  });

  it('searches the 200 companies for the specific-companies picker', async () => {
    expect((await globex.listOrganizationCompanies()).total).to.equal(globexSize.companies);
    const page = await globex.listOrganizationCompanies({ q: 'japan', limit: 100 });
    expect(page.total).to.equal(8);
    expect(page.items.every((c) => c.name.includes('Japan'))).to.equal(true);
  });

  it('serves 5,000 sites in the first company and 1,000 API keys', async () => {
    const [first] = db.sessionFor('large-org').companies;
    expect((await globex.listSites(first!.id)).total).to.equal(globexSize.sitesInFirstCompany);
    const all = await globex.listApiKeys({ status: 'all' });
    const active = await globex.listApiKeys({ status: 'active' });
    expect(all.total).to.equal(globexSize.apiKeys);
    expect(active.total).to.be.greaterThan(0).and.lessThan(all.total);
    // Keys in use: active, and disabled ones (reversible); never revoked or expired.
    expect(active.items.every((k) => k.status === 'active' || k.status === 'disabled')).to.equal(true);
  });

  it('defaults list filters to all statuses', async () => {
    const keys = await globex.listApiKeys({ limit: 100 });
    expect(keys.total).to.equal(globexSize.apiKeys);
    expect(new Set(keys.items.map((k) => k.status))).to.have.keys('active', 'disabled', 'revoked', 'expired');
  });
});
