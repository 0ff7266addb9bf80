import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { MockApiError } from '../../mocks/errors.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { personaIds } from '../../mocks/personas.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';

const now = new Date('2025-06-02T09:00:00Z');

/** A fingerprint of what every persona sees, to compare two databases. */
function snapshot(db: ReturnType<typeof createMockDb>) {
  const owner = db.actingAs('owner');
  const globex = db.actingAs('large-org');
  return JSON.stringify({
    sessions: personaIds.map((persona) => db.sessionFor(persona)),
    adminTeam: owner.listAdminTeam({ limit: 100 }),
    apiKeys: owner.listApiKeys({ limit: 100 }),
    sites: owner.listSites(northwindCompanyIds.logistics, {}),
    members: owner.listCompanyMembers(northwindCompanyIds.retail, {}),
    billing: owner.getBilling(),
    globexTeam: globex.listAdminTeam({ cursor: btoa('offset:5000'), limit: 100 }),
    globexKeys: globex.listApiKeys({ limit: 100 }),
  });
}

describe('mock db', () => {
  it('is deterministic: the same seed and clock give the same data', () => {
    expect(snapshot(createMockDb({ now }))).to.equal(snapshot(createMockDb({ now })));
  });

  it('gives different generated data for another seed', () => {
    const a = createMockDb({ now }).actingAs('large-org').listAdminTeam({ limit: 5 });
    const b = createMockDb({ now, seed: 99 }).actingAs('large-org').listAdminTeam({ limit: 5 });
    expect(a.items.slice(1)).not.to.deep.equal(b.items.slice(1));
  });

  it('builds each tenant the same whichever is used first', () => {
    const globexFirst = createMockDb({ now });
    globexFirst.sessionFor('large-org');
    expect(snapshot(globexFirst)).to.equal(snapshot(createMockDb({ now })));
  });

  it('keeps changes for the db’s life, across clients', async () => {
    const db = createMockDb({ now });
    await createMockClient({ persona: 'owner', db }).createSite(northwindCompanyIds.retail, {
      name: 'Austin Store',
      address: '600 Congress Ave, Austin, TX',
      timeZone: 'America/Chicago',
    });
    const seenByViewer = await createMockClient({ persona: 'company-viewer', db }).listSites(northwindCompanyIds.retail, { q: 'Austin' });
    expect(seenByViewer.total).to.equal(1);
  });

  it('undoes every change on reset()', async () => {
    const db = createMockDb({ now });
    const before = snapshot(db);
    const owner = createMockClient({ persona: 'owner', db });
    await owner.addAdminTeamMember({ email: 'temp@example.com', roleId: 'admin', companyAccess: 'all' });
    await owner.updateDataRepository({ retentionDays: 30, crossCompanySharing: true });
    await owner.createApiKey({ name: 'Temporary', fullAccess: true });
    await owner.requestPasswordReset();
    expect(snapshot(db)).not.to.equal(before);

    db.reset();
    expect(snapshot(db)).to.equal(before);
    expect(await owner.requestPasswordReset()).to.have.property('sentTo');
  });

  it('answers in-process with MockApiError, like the server', () => {
    const db = createMockDb({ now });
    expect(() => db.actingAs('company-admin').listAdminTeam({})).to.throw(MockApiError).with.property('status', 403);
  });
});
