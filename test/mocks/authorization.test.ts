import { expect } from '@open-wc/testing';
import { createHttpClient } from '../../src/api/http-client.js';
import type { SettingsClient } from '../../src/api/client.js';
import { createMockDb } from '../../mocks/db.js';
import { createHandlers } from '../../mocks/handlers.js';
import { createMockClient, createMockFetch } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';
import { failure } from './support.js';

const { retail, health } = northwindCompanyIds;

describe('mock server: who may call what', () => {
  const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
  const as = (persona: PersonaId) => createMockClient({ persona, db });
  const withHeaders = (headers: Record<string, string>) =>
    createHttpClient({ baseUrl: '/api', fetch: createMockFetch(createHandlers({ db })), headers });

  beforeEach(() => db.reset());

  describe('401 without a valid token', () => {
    const cases: [string, Record<string, string>][] = [
      ['no Authorization header', {}],
      ['an unknown persona', { Authorization: 'Bearer mock-nobody' }],
      ['a token that is not a mock token', { Authorization: 'Bearer eyJhbGciOi' }],
      ['another scheme', { Authorization: 'Basic mock-owner' }],
    ];
    for (const [name, headers] of cases) {
      it(`answers 401 for ${name}`, async () => {
        const error = await failure(withHeaders(headers).getSession());
        expect(error).to.include({ status: 401, code: 'unauthorized' });
      });
    }

    it('checks the token before saying an endpoint does not exist (issue 8, finding 9)', async () => {
      const fetch = createMockFetch(createHandlers({ db }));
      const response = await fetch('/api/organization/secret-admin-panel');
      expect(response.status).to.equal(401);
      const known = await fetch('/api/organization/secret-admin-panel', { headers: { Authorization: 'Bearer mock-owner' } });
      expect(known.status).to.equal(404);
    });

    it('accepts Bearer mock-<persona>', async () => {
      const session = await withHeaders({ Authorization: 'Bearer mock-owner' }).getSession();
      expect(session.user.email).to.equal('olivia.martin@northwind.example');
    });
  });

  describe('403 without the permission, assignment or feature', () => {
    const cases: [string, PersonaId, (client: SettingsClient) => Promise<unknown>][] = [
      ['a company-only member reads the admin team', 'company-admin', (c) => c.listAdminTeam()],
      ['a company-only member lists the organization companies', 'company-viewer', (c) => c.listOrganizationCompanies()],
      ['an org Admin reads billing', 'org-admin', (c) => c.getBilling()],
      ['an org Admin changes the data repository (view only)', 'org-admin', (c) => c.updateDataRepository({ retentionDays: 30 })],
      ['an org Admin reads a company outside its access', 'org-admin', (c) => c.listSites(health)],
      ['an org Admin grants Owner', 'org-admin', (c) => c.addAdminTeamMember({ email: 'new.owner@example.com', roleId: 'owner', companyAccess: 'all' })],
      ['a billing manager reads a company’s sites', 'billing-manager', (c) => c.listSites(retail)],
      ['a billing manager adds to the admin team (view only)', 'billing-manager', (c) => c.addAdminTeamMember({ email: 'a@example.com', roleId: 'admin', companyAccess: 'all' })],
      ['a billing manager reads API keys', 'billing-manager', (c) => c.listApiKeys()],
      ['an owner without the API keys feature lists keys', 'no-api-keys', (c) => c.listApiKeys()],
      ['a company viewer adds a site', 'company-viewer', (c) => c.createSite(retail, { name: 'Kiosk', address: '1 Main St', timeZone: 'Europe/Paris' })],
      ['a company viewer changes data preferences', 'company-viewer', (c) => c.updateDataPreferences(retail, { units: 'metric' })],
      ['a company editor invites a member', 'sso-user', (c) => c.inviteCompanyMember(northwindCompanyIds.logistics, { email: 'x@example.com', roleId: 'viewer' })],
    ];
    for (const [name, persona, call] of cases) {
      it(`answers 403 when ${name}`, async () => {
        const error = await failure(call(as(persona)));
        expect(error).to.include({ status: 403, code: 'forbidden' });
        expect(error.message).to.be.a('string').and.not.equal('');
      });
    }

    it('explains a missing organization membership with the help-center wording', async () => {
      const error = await failure(as('company-admin').getBilling());
      expect(error.message).to.equal(
        'The Organization section is only visible to users who belong to an organization. Contact an organization admin to be added.',
      );
    });

    it('lets read-only roles read what they may see', async () => {
      expect((await as('org-admin').getDataRepository()).storageRegion).to.equal('eu-west');
      expect((await as('billing-manager').listAdminTeam()).total).to.be.greaterThan(0);
      expect((await as('company-viewer').listSites(retail)).total).to.be.greaterThan(0);
      expect((await as('company-viewer').getDataPreferences(health)).currency).to.equal('GBP');
    });

    it('follows role changes on the next request', async () => {
      const owner = as('owner');
      const daniel = (await owner.listAdminTeam({ q: 'daniel' })).items[0]!;
      await owner.updateAdminTeamMember(daniel.id, { roleId: 'billing-manager' });
      expect(await failure(as('org-admin').listApiKeys())).to.include({ status: 403 });
      expect((await as('org-admin').getBilling()).plan.name).to.equal('Business');
    });
  });

  describe('404 for what does not exist', () => {
    it('answers 404 for an unknown company, member, site or key', async () => {
      const owner = as('owner');
      const calls = [
        () => owner.listSites('no-such-company'),
        () => owner.updateAdminTeamMember('no-such-member', { roleId: 'admin' }),
        () => owner.updateSite(retail, 'no-such-site', { name: 'X' }),
        () => owner.revokeApiKey('no-such-key'),
        () => owner.removeCompanyMember(retail, 'no-such-member'),
      ];
      for (const call of calls) expect(await failure(call())).to.include({ status: 404, code: 'not_found' });
    });

    it('answers 404 for an endpoint the contract does not have', async () => {
      const fetch = createMockFetch(createHandlers({ db }));
      const response = await fetch('/api/organization/secrets', { headers: { Authorization: 'Bearer mock-owner' } });
      expect(response.status).to.equal(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('not_found');
    });
  });
});
