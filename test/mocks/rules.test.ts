import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';
import { failure, manualClock } from './support.js';

const { retail, logistics } = northwindCompanyIds;

/** What the old pattern (anything@anything.anything) let through, though `format: email` rejects it. */
const malformedEmails = [
  '<svg/onload=alert(1)>@evil.example',
  'first,last@example.com',
  '"quoted"@example.com',
  'name@example..com',
  'name@example.com.',
  'name@-example.com',
  'name@exa_mple.com',
];
const day = 24 * 60 * 60 * 1000;

describe('mock server: business rules', () => {
  const clock = manualClock();
  const db = createMockDb({ now: clock.now });
  const as = (persona: PersonaId) => createMockClient({ persona, db });
  const owner = as('owner');
  const ownerMemberId = async () => (await owner.listAdminTeam({ q: 'olivia.martin' })).items[0]!.id;

  beforeEach(() => db.reset());

  describe('409 conflicts', () => {
    it('never removes the last Owner (and nobody else may demote an Owner)', async () => {
      const id = await ownerMemberId();
      expect(await failure(owner.removeAdminTeamMember(id))).to.include({ status: 409, code: 'last_owner' });
      expect(await failure(as('org-admin').updateAdminTeamMember(id, { roleId: 'admin' }))).to.include({ status: 403 });
    });

    it('lets another Owner demote an Owner once there are two', async () => {
      const daniel = (await owner.listAdminTeam({ q: 'daniel' })).items[0]!;
      await owner.updateAdminTeamMember(daniel.id, { roleId: 'owner' });
      const demoted = await as('org-admin').updateAdminTeamMember(await ownerMemberId(), { roleId: 'admin', companyAccess: 'all' });
      expect(demoted.role.name).to.equal('Admin');
    });

    it('refuses a password reset for an SSO login', async () => {
      const error = await failure(as('sso-user').requestPasswordReset());
      expect(error).to.include({ status: 409, code: 'sso_managed' });
      expect(error.message).to.contain('IT administrator');
    });

    it('refuses to add someone already on the admin team, whatever the case of the email', async () => {
      const error = await failure(owner.addAdminTeamMember({ email: 'Grace.Thompson@Northwind.example', roleId: 'admin', companyAccess: 'all' }));
      expect(error).to.include({ status: 409, code: 'already_member' });
    });

    it('refuses to revoke a key twice', async () => {
      const { apiKey } = await owner.createApiKey({ name: 'One-off export', fullAccess: true });
      await owner.revokeApiKey(apiKey.id);
      expect(await failure(owner.revokeApiKey(apiKey.id))).to.include({ status: 409, code: 'already_revoked' });
    });

    it('sends organization-granted company members to the admin team', async () => {
      const fromOrganization = (await owner.listCompanyMembers(retail)).items.find((m) => m.source === 'organization')!;
      const error = await failure(owner.updateCompanyMember(retail, fromOrganization.id, { roleId: 'viewer' }));
      expect(error).to.include({ status: 409, code: 'managed_by_organization' });
    });

    it('refuses to update a billing profile that is not set up', async () => {
      expect((await as('no-billing-profile').getBilling()).profile).to.equal(null);
      const error = await failure(as('no-billing-profile').updateBillingProfile({ companyName: 'Fabrikam' }));
      expect(error).to.include({ status: 409, code: 'billing_profile_not_set_up' });
    });
  });

  describe('422 field errors', () => {
    it('reports every invalid field of a new admin-team member at once', async () => {
      const error = await failure(owner.addAdminTeamMember({ email: 'not-an-email', roleId: 'wizard', companyAccess: 'all' }));
      expect(error).to.include({ status: 422, code: 'validation_failed' });
      expect(error.fieldErrors).to.have.keys('email', 'roleId');
    });

    it('refuses an email address longer than 254 characters, as real mail systems do (issue 8, finding 9)', async () => {
      const long = `${'a'.repeat(4990)}@example.com`;
      const member = await failure(owner.addAdminTeamMember({ email: long, roleId: 'admin', companyAccess: 'all' }));
      expect(member.fieldErrors?.['email']).to.contain('254');
      const company = (await owner.getSession()).companies[0]!.id;
      const invite = await failure(owner.inviteCompanyMember(company, { email: long, roleId: 'viewer' }));
      expect(invite.fieldErrors?.['email']).to.contain('254');
    });

    it("refuses addresses the contract's `format: email` rejects, so nothing it echoes back breaks the contract", async () => {
      const company = (await owner.getSession()).companies[0]!.id;
      for (const email of malformedEmails) {
        const member = await failure(owner.addAdminTeamMember({ email, roleId: 'admin', companyAccess: 'all' }));
        expect(member.fieldErrors?.['email'], email).to.contain('valid email');
        const invite = await failure(owner.inviteCompanyMember(company, { email, roleId: 'viewer' }));
        expect(invite.fieldErrors?.['email'], email).to.contain('valid email');
      }
    });

    it('accepts the addresses people have: plus tags, dots, hyphens, subdomains, any case', async () => {
      for (const email of ['ana.lopez+billing@northwind.example', "o'neil@mail.northwind.example", 'J-P_Smith@North-Wind.example']) {
        expect((await owner.addAdminTeamMember({ email, roleId: 'admin', companyAccess: 'all' })).email).to.equal(email);
      }
    });

    it('requires at least one company for an Admin with specific access', async () => {
      const empty = await failure(owner.addAdminTeamMember({ email: 'new.admin@example.com', roleId: 'admin', companyAccess: [] }));
      expect(empty.fieldErrors).to.have.keys('companyAccess');
      const unknown = await failure(owner.addAdminTeamMember({ email: 'new.admin@example.com', roleId: 'admin', companyAccess: ['atlantis'] }));
      expect(unknown.fieldErrors?.['companyAccess']).to.contain('atlantis');
    });

    it('rejects a duplicate active API key name', async () => {
      const error = await failure(owner.createApiKey({ name: 'ci DEPLOY', fullAccess: true }));
      expect(error.status).to.equal(422);
      expect(error.fieldErrors).to.have.keys('name');
    });

    it('validates a new site: name, address and IANA time zone', async () => {
      const error = await failure(owner.createSite(retail, { name: ' ', address: '', timeZone: 'Mars/Olympus_Mons' }));
      expect(error.fieldErrors).to.have.keys('name', 'address', 'timeZone');
    });

    it('validates company members, preferences, profile and data settings', async () => {
      const cases = [
        { call: () => owner.inviteCompanyMember(retail, { email: 'x@example.com', roleId: 'owner' }), field: 'roleId' },
        { call: () => owner.updatePreferences({ timeZone: 'Nowhere/Town' }), field: 'timeZone' },
        { call: () => owner.updateProfile({ name: '' }), field: 'name' },
        { call: () => owner.updateDataRepository({ storageRegion: 'moon-base' }), field: 'storageRegion' },
        { call: () => owner.updateDataPreferences(logistics, { fiscalYearStartMonth: 13 }), field: 'fiscalYearStartMonth' },
        { call: () => owner.updateBillingProfile({ billingEmail: 'accounts' }), field: 'billingEmail' },
        { call: () => owner.listAdminTeam({ limit: 0 }), field: 'limit' },
        { call: () => owner.listAdminTeam({ cursor: 'not-a-cursor' }), field: 'cursor' },
      ];
      for (const { call, field } of cases) {
        const error = await failure(call());
        expect(error.status, field).to.equal(422);
        expect(error.fieldErrors, field).to.have.property(field);
      }
    });
  });

  describe('429 rate limit', () => {
    it('allows one password reset email a minute, with Retry-After', async () => {
      expect(await owner.requestPasswordReset()).to.deep.equal({ sentTo: 'olivia.martin@northwind.example' });
      clock.advance(15);
      const error = await failure(owner.requestPasswordReset());
      expect(error).to.include({ status: 429, code: 'rate_limited', retryAfter: 45 });
      clock.advance(45);
      expect(await owner.requestPasswordReset()).to.have.property('sentTo');
    });
  });

  describe('invitations and updates', () => {
    it('invites a new admin-team member for 7 days, and a resend starts the 7 days again', async () => {
      const invited = await owner.addAdminTeamMember({ email: 'ines.costa@example.com', roleId: 'admin', companyAccess: [retail] });
      expect(invited).to.deep.include({ status: 'invited', name: null, companyAccess: [{ id: retail, name: 'Northwind Retail' }] });
      expect(Date.parse(invited.invitationExpiresAt!) - clock.now().getTime()).to.equal(7 * day);
      expect((await owner.listAdminTeam()).items[0]!.id).to.equal(invited.id);

      clock.advance(3 * 24 * 60 * 60);
      const resent = await owner.resendAdminTeamInvitation(invited.id);
      expect(Date.parse(resent.invitationExpiresAt!) - clock.now().getTime()).to.equal(7 * day);
    });

    it('refuses to resend an invitation that was accepted', async () => {
      expect(await failure(owner.resendAdminTeamInvitation(await ownerMemberId()))).to.include({ status: 409, code: 'not_invited' });
    });

    it('gives the Owner all companies and a Billing manager none, whatever was asked', async () => {
      const owner2 = await owner.addAdminTeamMember({ email: 'second.owner@example.com', roleId: 'owner', companyAccess: [retail] });
      expect(owner2.companyAccess).to.equal('all');
      const billing = await owner.addAdminTeamMember({ email: 'ap@example.com', roleId: 'billing-manager', companyAccess: 'all' });
      expect(billing.companyAccess).to.deep.equal([]);
    });

    it('invites a company member, shows them first and lets the manager change the role', async () => {
      const companyAdmin = as('company-admin');
      const invited = await companyAdmin.inviteCompanyMember(retail, { email: 'temp.staff@example.com', roleId: 'viewer' });
      expect(invited).to.deep.include({ status: 'invited', source: 'company', role: { id: 'viewer', name: 'Viewer' } });
      expect((await companyAdmin.listCompanyMembers(retail)).items[0]!.id).to.equal(invited.id);
      expect((await companyAdmin.updateCompanyMember(retail, invited.id, { roleId: 'editor' })).role.name).to.equal('Editor');
      await companyAdmin.removeCompanyMember(retail, invited.id);
      expect((await companyAdmin.listCompanyMembers(retail, { q: 'temp.staff' })).total).to.equal(0);
    });

    it('archives, filters and deletes sites', async () => {
      const site = await owner.createSite(retail, { name: 'Portland Store', address: '5 Burnside St, Portland, OR', timeZone: 'America/Los_Angeles' });
      await owner.updateSite(retail, site.id, { status: 'archived' });
      const archived = await owner.listSites(retail, { status: 'archived' });
      expect(archived.items.map((s) => s.id)).to.include(site.id);
      expect((await owner.listSites(retail, { status: 'active' })).items.map((s) => s.id)).not.to.include(site.id);
      await owner.deleteSite(retail, site.id);
      expect((await owner.listSites(retail, { q: 'Portland' })).total).to.equal(0);
    });

    it('renames the user everywhere they are listed', async () => {
      await owner.updateProfile({ name: 'Olivia Martin-Hughes' });
      expect((await owner.getSession()).user.name).to.equal('Olivia Martin-Hughes');
      expect((await owner.listAdminTeam({ q: 'olivia' })).items[0]!.name).to.equal('Olivia Martin-Hughes');
    });

    it('keeps memberships in step with the session', async () => {
      const memberships = await as('org-admin').getMemberships();
      expect(memberships.organization?.companyAccess).to.deep.equal([
        { id: retail, name: 'Northwind Retail' },
        { id: logistics, name: 'Northwind Logistics' },
      ]);
      expect(memberships.companies.map((c) => c.grantedBy)).to.deep.equal(['organization', 'organization']);
    });
  });
});
