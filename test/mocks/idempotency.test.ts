import { expect } from '@open-wc/testing';
import type { SettingsClient } from '../../src/api/client.js';
import type { SettingsApiError } from '../../src/api/errors.js';
import type { CreatedApiKey } from '../../src/api/types.js';
import { createMockDb, type MockDb } from '../../mocks/db.js';
import { createHandlers } from '../../mocks/handlers.js';
import { createChaos } from '../../mocks/handlers/chaos.js';
import { createMockClient, createMockFetch } from '../../mocks/mock-fetch.js';
import { tokenFor, type PersonaId } from '../../mocks/personas.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';
import { failure, manualClock } from './support.js';

const { retail } = northwindCompanyIds;
const site = { name: 'Idempotent depot', address: '1 Retry Road', timeZone: 'Europe/Paris' };

/** A chaos seed whose first write is carried out with its answer lost, and whose second gets through. */
function seedLosingTheFirstWrite(): number {
  for (let seed = 1; seed < 500; seed++) {
    const chaos = createChaos({ seed, rate: 0.5 });
    chaos.delay();
    const first = chaos.failure('write');
    chaos.delay();
    if (first === 'lost' && chaos.failure('write') === undefined) return seed;
  }
  throw new Error('no such seed');
}

describe('mock server: a write sent twice is done once (issue 8)', () => {
  const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
  const owner = createMockClient({ persona: 'owner', db });
  const sitesNamed = async (name: string) => (await owner.listSites(retail, { q: name })).items.filter((s) => s.name === name);

  beforeEach(() => db.reset());

  it('answers a repeated Idempotency-Key with the first result instead of creating again', async () => {
    const first = await owner.createSite(retail, site, { idempotencyKey: 'key-1' });
    const again = await owner.createSite(retail, site, { idempotencyKey: 'key-1' });
    expect(again).to.deep.equal(first);
    expect(await sitesNamed(site.name)).to.have.length(1);
    await owner.createSite(retail, { ...site, name: 'Second depot' }, { idempotencyKey: 'key-2' });
    expect(await sitesNamed('Second depot')).to.have.length(1);
  });

  it('refuses the same key with another body (a client bug, not a retry) and creates nothing', async () => {
    await owner.createSite(retail, site, { idempotencyKey: 'key-3' });
    const refused = await failure(owner.createSite(retail, { ...site, name: 'Another depot' }, { idempotencyKey: 'key-3' }));
    expect(refused).to.include({ status: 400, code: 'idempotency_key_reused' });
    expect(await sitesNamed('Another depot')).to.have.length(0);
  });

  it('under chaos, carries out some writes and loses their answer; a retry with the key creates nothing more', async () => {
    const unstable = createMockClient({ persona: 'unstable', db, chaos: { seed: seedLosingTheFirstWrite(), rate: 0.5, latency: [0, 0] } });
    const company = (await owner.getSession()).companies[0]!.id;
    const lost = await failure(unstable.createSite(company, site, { idempotencyKey: 'retry-me' }));
    expect(lost).to.include({ status: 0, code: 'network_error' });
    const unstableSites = async () => (await owner.listSites(company, { q: site.name })).items.filter((s) => s.name === site.name);
    expect(await unstableSites(), 'carried out although the answer was lost').to.have.length(1);
    await unstable.createSite(company, site, { idempotencyKey: 'retry-me' });
    expect(await unstableSites()).to.have.length(1);
  });

  it('never loses a read’s answer after the fact: reads just fail', () => {
    const chaos = createChaos({ seed: 3, rate: 1 });
    const outcomes = Array.from({ length: 60 }, () => chaos.failure('read'));
    expect(outcomes).not.to.include('lost');
  });
});

/**
 * The rules a replay follows: the same actor, who still holds the access the write needed, within
 * 24 hours, one request at a time, and a key's secret never again once that key stopped working.
 */
describe('mock server: a replay is given only while it may be', () => {
  let clock: ReturnType<typeof manualClock>;
  let db: MockDb;
  let owner: SettingsClient;
  let send: ReturnType<typeof rawCaller>;
  const hour = 60 * 60;
  const fullKey = { name: 'Replayed key', fullAccess: true, expiresInDays: 30 };

  beforeEach(() => {
    clock = manualClock();
    db = createMockDb({ now: clock.now });
    owner = createMockClient({ persona: 'owner', db });
    send = rawCaller(db);
  });

  it('gives the same actor the first answer again, the secret included, while the key is active and within 24 hours', async () => {
    const first = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-live');
    expect(first.status).to.equal(201);
    clock.advance(23 * hour);
    const again = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-live');
    expect(again).to.deep.equal(first);
    // Another actor sending the same key and body gets a request of its own, never the owner's answer.
    const other = await send('org-admin', 'POST', '/organization/api-keys', fullKey, 'key-live');
    expect(other.text).not.to.contain(first.body.secret!);
    expect(other.text).not.to.contain(first.body.apiKey!.id);
  });

  it('answers a replay of a key revoked since with 409 idempotency_key_spent, without the secret, and keeps doing so', async () => {
    const first = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-revoked');
    await owner.revokeApiKey(first.body.apiKey!.id);
    for (const attempt of ['first replay', 'second replay']) {
      const again = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-revoked');
      expect(again.status, attempt).to.equal(409);
      expect(again.body.error?.code, attempt).to.equal('idempotency_key_spent');
      expect(again.text, attempt).not.to.contain(first.body.secret!);
    }
  });

  it('answers 409 idempotency_key_spent for a key disabled since, even once it is enabled again', async () => {
    const first = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-disabled');
    await owner.disableApiKey(first.body.apiKey!.id);
    const whileDisabled = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-disabled');
    expect([whileDisabled.status, whileDisabled.body.error?.code]).to.deep.equal([409, 'idempotency_key_spent']);
    await owner.enableApiKey(first.body.apiKey!.id);
    const enabled = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-disabled');
    expect([enabled.status, enabled.body.error?.code]).to.deep.equal([409, 'idempotency_key_spent']);
    expect(enabled.text).not.to.contain(first.body.secret!);
  });

  it('answers 409 idempotency_key_spent for a key expired since (the old key of a rotation)', async () => {
    const first = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-expired');
    await owner.createApiKey({ ...fullKey, replacesKeyId: first.body.apiKey!.id });
    await owner.scheduleApiKeyExpiry(first.body.apiKey!.id, { inHours: 1 });
    clock.advance(2 * hour);
    const again = await send('owner', 'POST', '/organization/api-keys', fullKey, 'key-expired');
    expect([again.status, again.body.error?.code]).to.deep.equal([409, 'idempotency_key_spent']);
    expect(again.text).not.to.contain(first.body.secret!);
  });

  it('answers a replay with 403, without the secret, once its sender lost the permission the write needed; again once it is back', async () => {
    const orgAdmin = createMockClient({ persona: 'org-admin', db });
    const scope = (await orgAdmin.getApiKeyPolicy()).scopes.find((s) => s.grantable)!;
    const body = { name: 'Daniel’s key', scopes: [scope.id], expiresInDays: 30 };
    const first = await send('org-admin', 'POST', '/organization/api-keys', body, 'key-demoted');
    expect(first.status).to.equal(201);
    const daniel = (await owner.listAdminTeam({ q: 'daniel' })).items[0]!;
    await owner.updateAdminTeamMember(daniel.id, { roleId: 'billing-manager' });

    const refused = await send('org-admin', 'POST', '/organization/api-keys', body, 'key-demoted');
    expect([refused.status, refused.body.error?.code]).to.deep.equal([403, 'forbidden']);
    expect(refused.text).not.to.contain(first.body.secret!);

    await owner.updateAdminTeamMember(daniel.id, { roleId: 'admin', companyAccess: daniel.companyAccess === 'all' ? 'all' : daniel.companyAccess.map((c) => c.id) });
    expect(await send('org-admin', 'POST', '/organization/api-keys', body, 'key-demoted')).to.deep.equal(first);
  });

  it('answers a replay of a site with 403 once its sender lost access to the company', async () => {
    const orgAdmin = createMockClient({ persona: 'org-admin', db });
    const first = await orgAdmin.createSite(retail, site, { idempotencyKey: 'site-demoted' });
    const daniel = (await owner.listAdminTeam({ q: 'daniel' })).items[0]!;
    await owner.updateAdminTeamMember(daniel.id, { roleId: 'billing-manager' });
    expect(await failure(orgAdmin.createSite(retail, site, { idempotencyKey: 'site-demoted' }))).to.include({ status: 403, code: 'forbidden' });
    expect(first.name).to.equal(site.name);
  });

  it('keeps a key 24 hours: after that, the same key and body are a new request', async () => {
    const first = await owner.createSite(retail, site, { idempotencyKey: 'key-window' });
    await owner.deleteSite(retail, first.id);
    clock.advance(24 * hour - 1);
    expect((await owner.createSite(retail, site, { idempotencyKey: 'key-window' })).id, 'a second before the 24 hours end').to.equal(first.id);
    clock.advance(1);
    const later = await owner.createSite(retail, site, { idempotencyKey: 'key-window' });
    expect(later.id).not.to.equal(first.id);
    expect((await owner.listSites(retail, { q: site.name })).items.map((s) => s.id)).to.deep.equal([later.id]);
  });

  it('answers a second request with a key whose first has not answered yet with 409 idempotency_key_in_use; then replays', async () => {
    const slow = createMockClient({ persona: 'owner', db, latency: [20, 20] });
    const outcomes = await Promise.allSettled([
      slow.createSite(retail, site, { idempotencyKey: 'key-busy' }),
      slow.createSite(retail, site, { idempotencyKey: 'key-busy' }),
    ]);
    const created = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as SettingsApiError] : []));
    expect(created).to.have.length(1);
    expect(refused.map((e) => [e.status, e.code])).to.deep.equal([[409, 'idempotency_key_in_use']]);
    expect((await owner.listSites(retail, { q: site.name })).total).to.equal(1);
    expect((await slow.createSite(retail, site, { idempotencyKey: 'key-busy' })).id).to.equal(created[0]!.id);
  });

  it('keeps no failed answer: after an error the key is free, and sending it again is carried out', async () => {
    const slow = createMockClient({ persona: 'owner', db, latency: [5, 5] });
    expect(await failure(slow.createSite(retail, { ...site, timeZone: 'Nowhere/Town' }, { idempotencyKey: 'key-failed' }))).to.include({ status: 422 });
    expect((await slow.createSite(retail, site, { idempotencyKey: 'key-failed' })).name).to.equal(site.name);
  });
});

/** Requests to the mocks as they go over the wire, to see exactly what a replay sends back. */
function rawCaller(db: MockDb) {
  const fetch = createMockFetch(createHandlers({ db }));
  return async (persona: PersonaId, method: string, path: string, body: unknown, key: string) => {
    const response = await fetch(`/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokenFor(persona)}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Partial<CreatedApiKey> & { error?: { code: string } } };
  };
}
