import { expect } from '@open-wc/testing';
import type { ApiKey } from '../../src/api/types.js';
import type { SettingsClient } from '../../src/api/client.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { failure, manualClock } from './support.js';

async function everyKey(client: SettingsClient): Promise<ApiKey[]> {
  const keys: ApiKey[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await client.listApiKeys({ status: 'all', limit: 100, ...(cursor ? { cursor } : {}) });
    keys.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return keys;
}

describe('mock server: API keys', () => {
  const clock = manualClock();
  const db = createMockDb({ now: clock.now });
  const owner = createMockClient({ persona: 'owner', db });

  beforeEach(() => db.reset());

  it('makes secrets no secret scanner mistakes for a real provider’s live key (issue 8, finding 9)', async () => {
    const { secret } = await owner.createApiKey({ name: 'Scanner check', fullAccess: true });
    // Stripe-style live/test/restricted keys, GitHub tokens, AWS access keys.
    expect(secret).not.to.match(/^(sk|rk|pk)_(live|test)_|^gh[pousr]_|^AKIA/);
  });

  it('returns the secret once, on create, and never in a list', async () => {
    const { apiKey, secret } = await owner.createApiKey({ name: 'Webhook relay', fullAccess: true, expiresInDays: 90 });
    expect(secret).to.match(/^mock_key_\w{40}$/);
    expect(secret.startsWith(apiKey.prefix)).to.equal(true);
    expect(apiKey).to.deep.include({ status: 'active', lastUsedAt: null, revokedAt: null, replacesKeyId: null });
    expect(apiKey.createdBy.name).to.equal('Olivia Martin');
    expect(Date.parse(apiKey.expiresAt!) - Date.parse(apiKey.createdAt)).to.equal(90 * 24 * 60 * 60 * 1000);

    const listed = await everyKey(owner);
    expect(listed[0]!.id).to.equal(apiKey.id);
    expect(JSON.stringify(listed)).not.to.contain(secret);
    expect(listed.every((key) => !('secret' in key))).to.equal(true);
  });

  it('has keys in every state, including never used', async () => {
    const keys = await everyKey(owner);
    expect(new Set(keys.map((k) => k.status))).to.have.keys('active', 'disabled', 'revoked', 'expired');
    expect(keys.some((k) => k.lastUsedAt === null)).to.equal(true);
  });

  it('pairs a rotation in the data and lets the new key take the old name', async () => {
    const old = (await owner.listApiKeys({ q: 'CI deploy' })).items[0]!;
    const { apiKey } = await owner.createApiKey({ name: 'CI deploy', fullAccess: true, replacesKeyId: old.id });
    expect(apiKey.replacesKeyId).to.equal(old.id);
    const revoked = await owner.revokeApiKey(old.id);
    expect(revoked.status).to.equal('revoked');
    expect(revoked.revokedAt).to.equal(clock.now().toISOString());
    expect((await owner.listApiKeys({ status: 'active', q: 'CI deploy' })).items.map((k) => k.id)).to.deep.equal([apiKey.id]);
  });

  it('refuses to rotate a revoked or unknown key', async () => {
    const revoked = (await everyKey(owner)).find((k) => k.status === 'revoked')!;
    expect((await failure(owner.createApiKey({ name: 'New', fullAccess: true, replacesKeyId: revoked.id }))).fieldErrors).to.have.keys('replacesKeyId');
    expect((await failure(owner.createApiKey({ name: 'New', fullAccess: true, replacesKeyId: 'nope' }))).fieldErrors).to.have.keys('replacesKeyId');
  });

  it('derives expiry from the clock', async () => {
    const { apiKey } = await owner.createApiKey({ name: 'Short-lived', fullAccess: true, expiresInDays: 1 });
    clock.advance(24 * 60 * 60);
    const [listed] = (await owner.listApiKeys({ q: 'Short-lived' })).items;
    expect(listed!.status).to.equal('expired');
    expect((await owner.listApiKeys({ status: 'active', q: 'Short-lived' })).total).to.equal(0);
    expect(apiKey.status).to.equal('active');
  });

  it('records simulated traffic on active keys only', async () => {
    const { apiKey } = await owner.createApiKey({ name: 'Traffic', fullAccess: true });
    clock.advance(30);
    expect(db.recordApiKeyUse(apiKey.id)).to.equal(true);
    expect((await owner.listApiKeys({ q: 'Traffic' })).items[0]!.lastUsedAt).to.equal(clock.now().toISOString());

    await owner.revokeApiKey(apiKey.id);
    expect(db.recordApiKeyUse(apiKey.id)).to.equal(false);
    expect(db.recordApiKeyUse('no-such-key')).to.equal(false);
  });

  it('validates the expiry', async () => {
    expect((await failure(owner.createApiKey({ name: 'Bad', fullAccess: true, expiresInDays: 0 }))).fieldErrors).to.have.keys('expiresInDays');
    expect((await owner.createApiKey({ name: 'Forever', fullAccess: true, expiresInDays: null })).apiKey.expiresAt).to.equal(null);
  });
});
