import { expect } from '@open-wc/testing';
import { createMockDb } from '../../mocks/db.js';
import { createHandlers } from '../../mocks/handlers.js';
import { createMockClient, createMockFetch } from '../../mocks/mock-fetch.js';
import { failure } from './support.js';

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const ownerHeaders = { Authorization: 'Bearer mock-owner' };
const unstableHeaders = { Authorization: 'Bearer mock-unstable' };

describe('mock transport: fetch, chaos, latency, abort', () => {
  it('fails every request of the unstable persona when chaos is forced to 1', async () => {
    const client = createMockClient({ persona: 'unstable', db, chaos: { rate: 1, latency: [0, 0] } });
    const errors = [];
    for (let i = 0; i < 30; i++) errors.push(await failure(client.getSession()));
    const kinds = new Set(errors.map((e) => `${e.status} ${e.code}`));
    expect(kinds).to.have.keys('500 server_error', '429 rate_limited', '0 network_error');
    for (const error of errors.filter((e) => e.status === 429)) expect(error.retryAfter).to.be.within(1, 5);
  });

  it('never fails when chaos is 0, and leaves other personas alone', async () => {
    const calm = createMockClient({ persona: 'unstable', db, chaos: { rate: 0, latency: [0, 0] } });
    for (let i = 0; i < 20; i++) expect((await calm.getSession()).user.name).to.equal('Olivia Martin');
    const owner = createMockClient({ persona: 'owner', db, chaos: { rate: 1, latency: [0, 0] } });
    expect((await owner.getSession()).user.name).to.equal('Olivia Martin');
  });

  it('fails about 30% of the unstable persona’s requests by default, reproducibly', async () => {
    const run = async () => {
      const client = createMockClient({ persona: 'unstable', db, chaos: { latency: [0, 0] } });
      const outcomes: number[] = [];
      for (let i = 0; i < 100; i++) outcomes.push(await client.getProfile().then(() => 200, (e: { status: number }) => e.status));
      return outcomes;
    };
    const first = await run();
    const failures = first.filter((status) => status !== 200).length;
    expect(failures).to.be.within(15, 45);
    expect(await run()).to.deep.equal(first);
  });

  it('rejects a network error like fetch does: TypeError "Failed to fetch"', async () => {
    const fetch = createMockFetch(createHandlers({ db, chaos: { rate: 1, latency: [0, 0], seed: 1 } }));
    let networkError: unknown;
    for (let i = 0; i < 30 && !networkError; i++) {
      await fetch('/api/session', { headers: unstableHeaders }).catch((error: unknown) => (networkError = error));
    }
    expect(networkError).to.be.instanceOf(TypeError).with.property('message', 'Failed to fetch');
  });

  it('delays responses by the configured latency', async () => {
    const client = createMockClient({ persona: 'owner', db, latency: [60, 60] });
    const start = performance.now();
    await client.getSession();
    expect(performance.now() - start).to.be.at.least(55);
  });

  it('rejects with code "aborted" when the signal aborts mid-request', async () => {
    const client = createMockClient({ persona: 'owner', db, latency: [1000, 1000] });
    const controller = new AbortController();
    const request = client.listAdminTeam({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const start = performance.now();
    expect(await failure(request)).to.include({ status: 0, code: 'aborted' });
    expect(performance.now() - start).to.be.below(500);
  });

  it('rejects an already aborted signal before sending, with a DOMException AbortError', async () => {
    const fetch = createMockFetch(createHandlers({ db }));
    const error = await fetch('/api/session', { headers: ownerHeaders, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException).with.property('name', 'AbortError');
    expect(await failure(createMockClient({ persona: 'owner', db }).getSession({ signal: AbortSignal.abort() }))).to.include({ code: 'aborted' });
  });

  it('accepts absolute URLs and Request objects, and a custom base URL', async () => {
    const fetch = createMockFetch(createHandlers({ db, baseUrl: 'https://api.example.com/v1' }));
    const response = await fetch(new Request('https://api.example.com/v1/me/profile', { headers: ownerHeaders }));
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { email: string }).email).to.equal('olivia.martin@northwind.example');
  });

  it('answers 201 for creations and 204 for deletions', async () => {
    const fetch = createMockFetch(createHandlers({ db }));
    const headers = { ...ownerHeaders, 'Content-Type': 'application/json' };
    const created = await fetch('/api/companies/northwind-retail/sites', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Tacoma Outlet', address: '1 Dock St, Tacoma, WA', timeZone: 'America/Los_Angeles' }),
    });
    expect(created.status).to.equal(201);
    const { id } = (await created.json()) as { id: string };
    const deleted = await fetch(`/api/companies/northwind-retail/sites/${id}`, { method: 'DELETE', headers });
    expect(deleted.status).to.equal(204);
  });

  it('answers 400 invalid_json for a body that is not a JSON object', async () => {
    const fetch = createMockFetch(createHandlers({ db }));
    const response = await fetch('/api/me/profile', { method: 'PATCH', headers: ownerHeaders, body: '[1, 2' });
    expect(response.status).to.equal(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('invalid_json');
  });
});
