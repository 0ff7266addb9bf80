import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { createHttpClient } from '../../src/api/http-client.js';
import { startMockWorker } from '../../mocks/browser.js';
import type { MockDb } from '../../mocks/db.js';
import { tokenFor } from '../../mocks/personas.js';

describe('startMockWorker (real service worker)', () => {
  let worker: SetupWorker;
  let db: MockDb;

  before(async () => {
    ({ worker, db } = await startMockWorker({ quiet: true }));
  });
  after(() => worker.stop());

  it('serves the contract to the real fetch', async () => {
    const client = createHttpClient({ baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('company-viewer')}` } });
    const session = await client.getSession();
    expect(session.companies.map((c) => c.role.name)).to.deep.equal(['Viewer', 'Viewer']);
    expect(db.sessionFor('company-viewer')).to.deep.equal(session);
  });

  it('lets other requests through to the network', async () => {
    const response = await fetch('/package.json');
    expect(((await response.json()) as { name: string }).name).to.equal('settings-elements');
  });
});
