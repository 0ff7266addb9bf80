import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createChaos } from '../../mocks/handlers/chaos.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { northwindCompanyIds } from '../../mocks/scenarios/index.js';
import { failure } from './support.js';

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
