// The mock server against openapi.json: every response it gives — successes and errors, for every
// persona — must be one the document describes for that route and status, and every status the
// document promises must actually come up. The requests come from the document itself (see
// support/sweep.mjs), so a new route needs only its document entry; the few states the sweep
// cannot reach on its own are set up in support/scenarios.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessAllows } from '../../conformance/lib/access.mjs';
import { collectionOf, fillPath, loadDocument, operationsOf, representatives } from '../../conformance/lib/document.mjs';
import { loadMocks } from '../../scripts/mock-api/server.mjs';
import { createRecorder } from './support/recorder.mjs';
import { scenarios } from './support/scenarios.mjs';
import { variantsOf } from './support/sweep.mjs';

const doc = loadDocument();
const operations = operationsOf(doc);
const mocks = await loadMocks();
const recorder = createRecorder(doc);
const now = new Date('2025-06-02T09:00:00Z');

/** A caller on a fresh mock db (each operation starts from the seeded data). */
const fresh = (options = {}) => recorder.caller(mocks.createMockFetch(mocks.createHandlers({ db: mocks.createMockDb({ now }), ...options })));

/**
 * Statuses the document rightly promises that the mocks cannot produce, and why. (updateAdminTeamMember's
 * 409 comes up as `idempotency_key_in_use` only: `last_owner` on a demotion needs an Owner to demote
 * the last Owner, who would be themselves, and nobody edits their own record, 403.)
 */
const unreachable = {};

// The large-org tenant takes ~0.1 s to build per db and adds nothing the others lack; unstable is
// driven by chaos below.
const personas = mocks.personas.filter((p) => !p.unstable && p.id !== 'large-org');
const northwind = Object.values(mocks.northwindCompanyIds);

/** Each tenant's companies, as its Owner (who acts in all of them) sees them. */
const tenantCompanies = (() => {
  const db = mocks.createMockDb({ now });
  const byTenant = new Map();
  for (const persona of mocks.personas) {
    const session = db.sessionFor(persona.id);
    if (session.organization?.companyAccess === 'all') byTenant.set(persona.tenantId, session.companies.map((c) => c.id));
  }
  return byTenant;
})();

const unique = (values) => [...new Set(values)];
const sessionOf = async (call, token) => (await call(token, 'GET', '/session')).body;

test('the mocks serve exactly the documented routes', () => {
  const documented = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
  const served = mocks.routes.map((r) => `${r.method.toUpperCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`).sort();
  assert.deepEqual(
    { missingFromTheDocument: served.filter((r) => !documented.includes(r)), missingFromTheMocks: documented.filter((r) => !served.includes(r)) },
    { missingFromTheDocument: [], missingFromTheMocks: [] },
  );
});

test('every response of the mocks matches the document, for every persona', async (t) => {
  for (const op of operations) {
    await t.test(`${op.method.toUpperCase()} ${op.path}`, async () => {
      const before = recorder.problems.length;
      const accessProblems = await sweep(op);
      assert.deepEqual([...recorder.problems.slice(before), ...accessProblems].slice(0, 15), []);
    });
  }
});

for (const scenario of scenarios) {
  // A scenario for routes this version of the document does not have yet waits for them.
  const missing = (scenario.needs ?? []).filter((id) => !operations.some((o) => o.id === id));
  test(`scenario: ${scenario.name}`, { skip: missing.length ? `needs ${missing.join(', ')}` : false }, async () => {
    const before = recorder.problems.length;
    await scenario.run({ call: fresh(), fresh, mocks, doc });
    assert.deepEqual(recorder.problems.slice(before), []);
  });
}

test('under the unstable persona every operation fails as documented: 500, and 429 with Retry-After', async () => {
  const call = fresh({ chaos: { rate: 1, latency: [0, 0], seed: 3 } });
  const before = recorder.problems.length;
  const missing = [];
  for (const op of operations) {
    const path = fillPath(op.path, { companyId: northwind[0], id: 'no-such-id' });
    const [variant] = variantsOf(doc, op);
    const seen = new Set();
    for (let i = 0; i < 40 && !(seen.has(429) && seen.has(500)); i++) seen.add((await call('mock-unstable', op.method.toUpperCase(), path, variant)).status);
    if (!seen.has(429) || !seen.has(500)) missing.push(`${op.id}: saw ${[...seen].join(', ')}`);
  }
  assert.deepEqual({ missing, problems: recorder.problems.slice(before, before + 15) }, { missing: [], problems: [] });
});

test('every request the document says to refuse (x-invalid-examples) is refused: never a success, and its status naming its fields at least once', (t) => {
  const requests = recorder.requestsToRefuse();
  const problems = requests.flatMap((request) => {
    const accepted = request.answers.filter((answer) => answer.status >= 200 && answer.status < 300);
    const refused = request.answers.some((answer) => answer.status === request.status && request.fields.every((field) => answer.fields?.[field] !== undefined));
    const seen = [...new Set(request.answers.map((answer) => answer.status))];
    return [
      ...accepted.slice(0, 3).map((answer) => `${request.label}: accepted (${answer.where})`),
      ...(refused ? [] : [`${request.label}: never answered ${request.status} naming ${request.fields.join(', ')} (${seen.length ? `saw ${seen.join(', ')}` : 'never sent'})`]),
    ];
  });
  assert.deepEqual(problems, []);
  t.diagnostic(`${requests.length} requests to refuse, sent ${requests.reduce((n, r) => n + r.answers.length, 0)} times`);
});

test('every status the document promises came up at least once', (t) => {
  const seen = (key) => recorder.observed.get(key.split(' ')[0])?.has(Number(key.split(' ')[1]));
  assert.deepEqual(Object.keys(unreachable).filter(seen), [], 'these came up after all: take them off `unreachable`');
  const never = operations.flatMap((op) =>
    Object.keys(op.operation.responses)
      .filter((status) => status !== 'default' && !recorder.observed.get(op.id)?.has(Number(status)))
      .map((status) => `${op.id} ${status}`)
      .filter((key) => !(key in unreachable)),
  );
  assert.deepEqual(never, [], 'exercise these in support/scenarios.mjs, or list them in `unreachable` with the reason');
  const pairs = [...recorder.observed.values()].reduce((n, statuses) => n + statuses.size, 0);
  t.diagnostic(`${recorder.stats.responses} responses checked: ${operations.length} operations, ${pairs} operation × status pairs`);
});

/**
 * One operation from a fresh db: every persona × company × record × variant, then without a
 * token. Besides the document check (in the recorder), each answer must follow the operation's
 * `x-access`: refused ⇒ 403 (404 for a company outside the caller's tenant), allowed reads ⇒ no 403.
 */
async function sweep(op) {
  const call = fresh();
  const problems = [];
  const variants = variantsOf(doc, op);
  const collection = collectionOf(doc, operations, op);
  const method = op.method.toUpperCase();
  const usesCompany = op.pathParams.includes('companyId');

  for (const persona of personas) {
    const token = mocks.tokenFor(persona.id);
    const own = usesCompany ? (await sessionOf(call, token)).companies.map((c) => c.id) : [];
    for (const companyId of usesCompany ? unique([...own, ...northwind, 'no-such-company']) : [undefined]) {
      for (const id of collection ? await recordIds(call, token, collection, companyId) : [undefined]) {
        const path = fillPath(op.path, { companyId, ...(collection ? { [collection.param]: id } : {}) });
        const allowed = accessAllows(op.operation['x-access'], await sessionOf(call, token), companyId);
        const foreignCompany = usesCompany && !tenantCompanies.get(persona.tenantId).includes(companyId);
        for (const variant of variants) {
          const { status, body } = await call(token, method, path, variant);
          const where = `${persona.id}: ${method} ${path} (${variant.label}) → ${status}`;
          if (!variant.malformed && !allowed && status !== 403 && !(status === 404 && foreignCompany)) problems.push(`${where}: x-access refuses it, expected 403`);
          if (allowed && method === 'GET' && status === 403) problems.push(`${where}: x-access allows it`);
          if (typeof body?.nextCursor === 'string') await call(token, 'GET', path, { query: { ...variant.query, cursor: body.nextCursor } });
        }
      }
    }
  }

  const anyPath = fillPath(op.path, { companyId: northwind[0], ...(collection ? { [collection.param]: 'no-such-id' } : {}) });
  for (const token of [undefined, 'mock-nobody']) {
    const { status } = await call(token, method, anyPath, variants[0]);
    if (status !== 401) problems.push(`${token ?? 'no token'}: ${method} ${anyPath} → ${status}, expected 401`);
  }
  return problems;
}

/** Ids to try on `…/{id}` routes: one per record state the caller can list, another tenant's, an unknown one. */
async function recordIds(call, token, collection, companyId) {
  if (!collection.list) return ['no-such-id'];
  const list = (as, company) => call(as, 'GET', fillPath(collection.list.path, { companyId: company }), { query: { limit: '100' } });
  const own = await list(token, companyId);
  const ids = own.status === 200 ? representatives(own.body.items, collection.stateKeys) : [];
  // Northwind's Owner's first record: another tenant's for Contoso and Fabrikam personas.
  const northwindList = await list(mocks.tokenFor('owner'), northwind.includes(companyId) ? companyId : northwind[0]);
  const theirs = northwindList.status === 200 ? northwindList.body.items.slice(0, 1).map((item) => item.id) : [];
  return unique([...ids, ...theirs, 'no-such-id']);
}
