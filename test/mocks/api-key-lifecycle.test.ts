import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { failure } from './support.js';

/** The server's rules for the key lifecycle of issue 10: scopes, lifetime policy, disable, overlap. */
describe('mock server: API key lifecycle', () => {
  const db = createMockDb();
  const owner = createMockClient({ persona: 'owner', db });
  const orgAdmin = createMockClient({ persona: 'org-admin', db });
  const billing = createMockClient({ persona: 'billing-manager', db });
  const fabrikam = createMockClient({ persona: 'no-billing-profile', db });

  beforeEach(() => db.reset());

  it('offers each scope only to a creator who holds it, and full access only to one who holds them all', async () => {
    const ownerPolicy = await owner.getApiKeyPolicy();
    expect(ownerPolicy.fullAccessGrantable).to.equal(true);
    expect(ownerPolicy.scopes.every((s) => s.grantable)).to.equal(true);
    // The org admin reaches 2 of 3 companies and holds no billing permission.
    const adminPolicy = await orgAdmin.getApiKeyPolicy();
    expect(adminPolicy.fullAccessGrantable).to.equal(false);
    const grantable = adminPolicy.scopes.filter((s) => s.grantable).map((s) => s.id);
    expect(grantable).to.deep.equal(['admin-team:read', 'data-repository:read']);
  });

  it('refuses a key wider than its creator (403) and a key that may do nothing (422)', async () => {
    expect((await failure(orgAdmin.createApiKey({ name: 'Too wide', fullAccess: true }))).status).to.equal(403);
    expect((await failure(orgAdmin.createApiKey({ name: 'Sites', scopes: ['sites:write'] }))).status).to.equal(403);
    expect((await failure(orgAdmin.createApiKey({ name: 'Nothing', scopes: [] }))).fieldErrors).to.have.keys('scopes');
    expect((await failure(orgAdmin.createApiKey({ name: 'Odd', scopes: ['root:all'] }))).fieldErrors).to.have.keys('scopes');
    const { apiKey } = await orgAdmin.createApiKey({ name: 'Team export', scopes: ['admin-team:read'] });
    expect([apiKey.fullAccess, apiKey.scopes]).to.deep.equal([false, ['admin-team:read']]);
  });

  it('enforces the maximum lifetime: no "never", nothing longer (422 beside expiresInDays)', async () => {
    const policy = await fabrikam.getApiKeyPolicy();
    expect(policy.maxLifetimeDays).to.equal(90);
    expect((await failure(fabrikam.createApiKey({ name: 'Forever', fullAccess: true, expiresInDays: null }))).fieldErrors).to.deep.equal({
      expiresInDays: 'This organization allows keys for at most 90 days.',
    });
    expect((await failure(fabrikam.createApiKey({ name: 'Long', fullAccess: true, expiresInDays: 91 }))).fieldErrors).to.have.keys('expiresInDays');
    expect((await fabrikam.createApiKey({ name: 'Quarterly', fullAccess: true, expiresInDays: 90 })).apiKey.expiresAt).to.not.equal(null);
  });

  it('lets only the policy holder change the policy, and says who did', async () => {
    expect((await failure(orgAdmin.updateApiKeyPolicy({ maxLifetimeDays: 30 }))).status).to.equal(403);
    expect((await failure(owner.updateApiKeyPolicy({ expiryWarningDays: 0 }))).fieldErrors).to.have.keys('expiryWarningDays');
    const saved = await owner.updateApiKeyPolicy({ maxLifetimeDays: 30, expiryWarningDays: 7 });
    expect([saved.maxLifetimeDays, saved.expiryWarningDays, saved.updatedBy?.name]).to.deep.equal([30, 7, 'Olivia Martin']);
    expect((await failure(owner.createApiKey({ name: 'Year', fullAccess: true, expiresInDays: 365 }))).status).to.equal(422);
  });

  it('disables a key (refused while disabled) and enables it again; revocation stays final', async () => {
    const { apiKey } = await owner.createApiKey({ name: 'Toggle', fullAccess: true });
    const disabled = await owner.disableApiKey(apiKey.id);
    expect([disabled.status, disabled.disabledAt !== null]).to.deep.equal(['disabled', true]);
    expect((await failure(owner.disableApiKey(apiKey.id))).code).to.equal('already_disabled');
    expect((await owner.getApiKey(apiKey.id)).status).to.equal('disabled');
    // Still listed with the keys in use.
    expect((await owner.listApiKeys({ status: 'active', q: 'Toggle' })).items.map((k) => k.id)).to.include(apiKey.id);
    expect((await owner.enableApiKey(apiKey.id)).status).to.equal('active');
    await owner.revokeApiKey(apiKey.id);
    expect((await failure(owner.enableApiKey(apiKey.id))).code).to.equal('not_disabled');
    expect((await failure(billing.disableApiKey(apiKey.id))).status).to.equal(403);
  });

  it('pairs a rotation both ways and schedules the old key to expire after the overlap, never later', async () => {
    const { apiKey: old } = await owner.createApiKey({ name: 'Relay', fullAccess: true, expiresInDays: 30 });
    expect((await failure(owner.scheduleApiKeyExpiry(old.id, { inHours: 24 }))).code).to.equal('not_rotating');
    const { apiKey: replacement } = await owner.createApiKey({ name: 'Relay', fullAccess: true, replacesKeyId: old.id });
    expect((await owner.getApiKey(old.id)).replacedByKeyId).to.equal(replacement.id);
    expect((await failure(owner.scheduleApiKeyExpiry(old.id, { inHours: 0 }))).fieldErrors).to.have.keys('inHours');
    const scheduled = await owner.scheduleApiKeyExpiry(old.id, { inHours: 24 * 7 });
    expect(scheduled.rotationEndsAt).to.equal(scheduled.expiresAt);
    expect(Date.parse(scheduled.expiresAt!) - Date.now()).to.be.within(6.9 * 864e5, 7.1 * 864e5);
    // A key already ending sooner keeps its date.
    const { apiKey: soon } = await owner.createApiKey({ name: 'Soon', fullAccess: true, expiresInDays: 1 });
    await owner.createApiKey({ name: 'Soon', fullAccess: true, replacesKeyId: soon.id });
    expect((await owner.scheduleApiKeyExpiry(soon.id, { inHours: 72 })).expiresAt).to.equal(soon.expiresAt);
  });

  it('rotates a key once at a time: a second replacement is refused while the first is active (409)', async () => {
    const { apiKey: old } = await owner.createApiKey({ name: 'Relay', fullAccess: true, expiresInDays: 30 });
    const { apiKey: first } = await owner.createApiKey({ name: 'Relay', fullAccess: true, replacesKeyId: old.id });
    const refused = await failure(owner.createApiKey({ name: 'Relay 2', fullAccess: true, replacesKeyId: old.id }));
    expect([refused.status, refused.code]).to.deep.equal([409, 'rotation_in_progress']);
    // The first pairing stands: nothing was orphaned.
    expect((await owner.getApiKey(old.id)).replacedByKeyId).to.equal(first.id);
    // Abandoning the first (revoking its replacement) lets the key be rotated again.
    await owner.revokeApiKey(first.id);
    const { apiKey: second } = await owner.createApiKey({ name: 'Relay 2', fullAccess: true, replacesKeyId: old.id });
    expect((await owner.getApiKey(old.id)).replacedByKeyId).to.equal(second.id);
  });

  it('lists keys about to expire, soonest first, without the ones a rotation is retiring', async () => {
    const page = await owner.listApiKeys({ status: 'expiring' });
    expect(page.items.map((k) => k.name)).to.deep.equal(['Staging environment']);
    const names = (await owner.listApiKeys({ status: 'all', limit: 100 })).items.map((k) => k.name);
    expect(names).to.include('Webhooks relay');
  });

  it('never sends a secret outside the create response', async () => {
    const { apiKey, secret } = await owner.createApiKey({ name: 'Secret check', fullAccess: true });
    for (const body of [await owner.getApiKey(apiKey.id), await owner.listApiKeys({ status: 'all', limit: 100 }), await owner.disableApiKey(apiKey.id)]) {
      expect(JSON.stringify(body)).to.not.contain(secret);
    }
  });
});
